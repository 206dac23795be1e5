package com.jetops.command.client;

import com.jetops.api.client.ChangeNotificationPreferencesCommand;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientNotificationPreferencesChangedEvent;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.notification.NotificationKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static com.jetops.command.Refusals.refusedWith;
import static com.jetops.command.client.ClientFixtures.CLIENT_ID;
import static com.jetops.command.client.ClientFixtures.registered;

/** Which notifications a client wants by e-mail: every kind until they choose, then exactly their choice. */
class ClientNotificationPreferencesTest {
    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new InMemoryEmailClaims());
    }

    @Test
    void aChoiceIsRecordedAsTheSetOfKindsWanted() {
        Set<NotificationKind> wanted = EnumSet.of(NotificationKind.BOOKING_CONFIRMED, NotificationKind.INVOICE_ISSUED);
        fixture.given(registered())
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, wanted))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClientNotificationPreferencesChangedEvent(CLIENT_ID, wanted));
    }

    @Test
    void anEmptyChoiceTurnsEveryEmailOff() {
        fixture.given(registered())
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, Set.of()))
                .expectEvents(new ClientNotificationPreferencesChangedEvent(CLIENT_ID, EnumSet.noneOf(NotificationKind.class)));
    }

    @Test
    void repeatingTheSameChoiceChangesNothing() {
        Set<NotificationKind> wanted = EnumSet.of(NotificationKind.FLIGHT_DEPARTED);
        fixture.given(registered(), new ClientNotificationPreferencesChangedEvent(CLIENT_ID, wanted))
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, wanted))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void choosingEverythingExplicitlyIsRecordedEvenThoughItIsTheDefault() {
        fixture.given(registered())
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, NotificationKind.defaults()))
                .expectEvents(new ClientNotificationPreferencesChangedEvent(CLIENT_ID, NotificationKind.defaults()));
    }

    @Test
    void aMissingListOrAnEmptyEntryIsRefusedNamingTheField() {
        fixture.given(registered())
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("email"))
                .expectNoEvents();
        Set<NotificationKind> withNull = new HashSet<>();
        withNull.add(null);
        fixture.given(registered())
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, withNull))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "email"))
                .expectNoEvents();
    }

    @Test
    void aDeactivatedClientCannotChange() {
        fixture.given(registered(), new ClientDeactivatedEvent(CLIENT_ID, "closed"))
                .when(new ChangeNotificationPreferencesCommand(CLIENT_ID, Set.of()))
                .expectException(refusedWith(ErrorCode.CLIENT_DEACTIVATED, null))
                .expectNoEvents();
    }
}
