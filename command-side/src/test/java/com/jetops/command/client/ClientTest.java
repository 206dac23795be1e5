package com.jetops.command.client;

import com.jetops.api.client.AddPaymentMethodCommand;
import com.jetops.api.client.Address;
import com.jetops.api.client.ChangeVipStatusCommand;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientProfileUpdatedEvent;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.client.Contact;
import com.jetops.api.client.DeactivateClientCommand;
import com.jetops.api.client.PaymentMethodAddedEvent;
import com.jetops.api.client.PaymentMethodReference;
import com.jetops.api.client.RegisterClientCommand;
import com.jetops.api.client.RemovePaymentMethodCommand;
import com.jetops.api.client.TravelPreferences;
import com.jetops.api.client.TravelPreferencesUpdatedEvent;
import com.jetops.api.client.UpdateClientProfileCommand;
import com.jetops.api.client.UpdateTravelPreferencesCommand;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.api.common.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import static com.jetops.command.Refusals.refusedWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.jetops.command.client.ClientFixtures.CLIENT_ID;
import static com.jetops.command.client.ClientFixtures.familyOffice;
import static com.jetops.command.client.ClientFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

class ClientTest {
    private AggregateTestFixture<Client> fixture;
    private InMemoryEmailClaims emails;

    /** Records whose keys were destroyed instead of touching a database. */
    static final class RecordingErasure extends PersonalDataErasure {
        final java.util.List<ClientId> destroyed = new java.util.ArrayList<>();

        RecordingErasure() {
            super(null, null);
        }

        @Override
        void destroyKeysOf(ClientId clientId) {
            destroyed.add(clientId);
        }
    }

    private RecordingErasure erasure;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        emails = new InMemoryEmailClaims();
        erasure = new RecordingErasure();
        fixture.registerInjectableResource(emails);
        fixture.registerInjectableResource(erasure);
    }

    @Test
    void erasureDestroysTheKeysFreesTheEmailAndClosesTheAccountOnce() {
        emails.claim("travel@hudsonfo.example", CLIENT_ID);
        fixture.given(new ClientRegisteredEvent(CLIENT_ID, familyOffice("travel@hudsonfo.example")))
                .when(new com.jetops.api.client.EraseClientPersonalDataCommand(CLIENT_ID))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(com.jetops.api.client.ClientPersonalDataErasedEvent.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        assertThat(erasure.destroyed).containsExactly(CLIENT_ID);
        assertThat(emails.claims).doesNotContainKey("travel@hudsonfo.example");

        fixture.given(new ClientRegisteredEvent(CLIENT_ID, familyOffice("travel@hudsonfo.example")),
                        new com.jetops.api.client.ClientPersonalDataErasedEvent(CLIENT_ID, java.time.Instant.now()))
                .when(new com.jetops.api.client.EraseClientPersonalDataCommand(CLIENT_ID))
                .expectNoEvents();
        fixture.given(new ClientRegisteredEvent(CLIENT_ID, familyOffice("travel@hudsonfo.example")),
                        new com.jetops.api.client.ClientPersonalDataErasedEvent(CLIENT_ID, java.time.Instant.now()))
                .when(new UpdateClientProfileCommand(CLIENT_ID, familyOffice("back@hudsonfo.example")))
                .expectException(RuleViolationException.class);
    }


    @Test
    void registersAClientWithTheEmailInLowerCase() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT_ID, familyOffice("Travel@HudsonFO.example")))
                .expectEvents(registered());
        assertThat(emails.claims).containsKey("travel@hudsonfo.example");
    }

    @Test
    void refusesAnEmailAnotherClientHolds() {
        emails.claim("travel@hudsonfo.example", ClientId.random());
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT_ID, familyOffice("travel@hudsonfo.example")))
                .expectException(refusedWith(ErrorCode.EMAIL_TAKEN, "email"))
                .expectNoEvents();
    }

    @Test
    void refusesACorporateClientWithoutACompany() {
        ClientProfile p = familyOffice("travel@hudsonfo.example");
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT_ID, new ClientProfile(ClientKind.CORPORATE, " ", p.contact(),
                        p.email(), p.phone(), p.billingAddress(), p.emergencyContacts())))
                .expectException(refusedWith(ErrorCode.MISSING_VALUE, "companyName"))
                .expectNoEvents();
    }

    @Test
    void refusesMalformedContactDetailsNamingTheField() {
        ClientProfile p = familyOffice("travel@hudsonfo.example");
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT_ID, familyOffice("not-an-address")))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "email"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT_ID, new ClientProfile(p.kind(), p.companyName(), p.contact(),
                        p.email(), p.phone(), new Address("1 Main St", null, "Boston", "02110", "USA"),
                        p.emergencyContacts())))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "billingAddress.country"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT_ID, new ClientProfile(p.kind(), p.companyName(), p.contact(),
                        p.email(), p.phone(), p.billingAddress(),
                        List.of(new Contact("Marcus Vance", "spouse", "call me", null)))))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "emergencyContacts[0].phone"))
                .expectNoEvents();
    }

    @Test
    void changingTheEmailMovesTheClaim() {
        emails.claim("travel@hudsonfo.example", CLIENT_ID);
        fixture.given(registered())
                .when(new UpdateClientProfileCommand(CLIENT_ID, familyOffice("ops@hudsonfo.example")))
                .expectEvents(new ClientProfileUpdatedEvent(CLIENT_ID, familyOffice("ops@hudsonfo.example")));
        assertThat(emails.claims).containsOnlyKeys("ops@hudsonfo.example");
    }

    @Test
    void refusesAnEmailChangeToAnotherClientsAddress() {
        emails.claim("ops@hudsonfo.example", ClientId.random());
        fixture.given(registered())
                .when(new UpdateClientProfileCommand(CLIENT_ID, familyOffice("ops@hudsonfo.example")))
                .expectException(refusedWith(ErrorCode.EMAIL_TAKEN, "email"))
                .expectNoEvents();
    }

    @Test
    void recordsTravelPreferencesAndRefusesUnknownCategories() {
        TravelPreferences preferences = new TravelPreferences(List.of("gluten-free"), "Fiji water on board",
                List.of("HEAVY_JET"), List.of("EMAIL", "SMS"));
        fixture.given(registered())
                .when(new UpdateTravelPreferencesCommand(CLIENT_ID, preferences))
                .expectEvents(new TravelPreferencesUpdatedEvent(CLIENT_ID, preferences));
        fixture.given(registered())
                .when(new UpdateTravelPreferencesCommand(CLIENT_ID, new TravelPreferences(List.of(), null,
                        List.of("ZEPPELIN"), List.of())))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "preferredAircraftCategories"))
                .expectNoEvents();
    }

    @Test
    void changesTheVipStatusOnlyWhenItDiffers() {
        fixture.given(registered())
                .when(new ChangeVipStatusCommand(CLIENT_ID, VipStatus.PLATINUM))
                .expectEvents(new VipStatusChangedEvent(CLIENT_ID, VipStatus.PLATINUM));
        fixture.given(registered())
                .when(new ChangeVipStatusCommand(CLIENT_ID, VipStatus.STANDARD))
                .expectNoEvents();
    }

    @Test
    void storesAPaymentTokenButRefusesACardNumber() {
        PaymentMethodReference token = new PaymentMethodReference("pm_1Nv7Q2Kx9", "VISA", "4242");
        fixture.given(registered())
                .when(new AddPaymentMethodCommand(CLIENT_ID, token))
                .expectEvents(new PaymentMethodAddedEvent(CLIENT_ID, token));
        fixture.given(registered())
                .when(new AddPaymentMethodCommand(CLIENT_ID,
                        new PaymentMethodReference("4242 4242 4242 4242", "VISA", "4242")))
                .expectException(refusedWith(ErrorCode.CARD_NUMBER_REFUSED, "token"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new AddPaymentMethodCommand(CLIENT_ID, new PaymentMethodReference("pm_1", "VISA", "42")))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "lastFour"))
                .expectNoEvents();
    }

    @Test
    void removesOnlyAKnownPaymentMethod() {
        PaymentMethodReference token = new PaymentMethodReference("pm_1Nv7Q2Kx9", "VISA", "4242");
        fixture.given(registered(), new PaymentMethodAddedEvent(CLIENT_ID, token))
                .when(new RemovePaymentMethodCommand(CLIENT_ID, "pm_1Nv7Q2Kx9"))
                .expectEvents(new com.jetops.api.client.PaymentMethodRemovedEvent(CLIENT_ID, "pm_1Nv7Q2Kx9"));
        fixture.given(registered())
                .when(new RemovePaymentMethodCommand(CLIENT_ID, "pm_unknown"))
                .expectException(refusedWith(ErrorCode.PAYMENT_METHOD_NOT_FOUND, "token"))
                .expectNoEvents();
    }

    @Test
    void aDeactivatedClientAcceptsNoChanges() {
        fixture.given(registered())
                .when(new DeactivateClientCommand(CLIENT_ID, "account closed at client's request"))
                .expectEvents(new ClientDeactivatedEvent(CLIENT_ID, "account closed at client's request"));
        fixture.given(registered(), new ClientDeactivatedEvent(CLIENT_ID, "closed"))
                .when(new ChangeVipStatusCommand(CLIENT_ID, VipStatus.GOLD))
                .expectException(refusedWith(ErrorCode.CLIENT_DEACTIVATED, null))
                .expectNoEvents();
    }

    @Test
    void registrationEventCarriesTheNormalizedProfile() {
        ClientRegisteredEvent event = registered();
        assertThat(event.profile().email()).isEqualTo("travel@hudsonfo.example");
    }
}
