package com.jetops.command.client;

import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.client.AddPaymentMethodCommand;
import com.jetops.api.client.Address;
import com.jetops.api.client.ChangeNotificationPreferencesCommand;
import com.jetops.api.client.ChangeVipStatusCommand;
import com.jetops.api.client.ClientNotificationPreferencesChangedEvent;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientProfileUpdatedEvent;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.api.client.DeactivateClientCommand;
import com.jetops.api.client.EraseClientPersonalDataCommand;
import com.jetops.api.client.PaymentMethodAddedEvent;
import com.jetops.api.client.PaymentMethodReference;
import com.jetops.api.client.PaymentMethodRemovedEvent;
import com.jetops.api.client.RegisterClientCommand;
import com.jetops.api.client.RemovePaymentMethodCommand;
import com.jetops.api.client.TravelPreferences;
import com.jetops.api.client.TravelPreferencesUpdatedEvent;
import com.jetops.api.client.UpdateClientProfileCommand;
import com.jetops.api.client.UpdateTravelPreferencesCommand;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.notification.NotificationKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client of the operator: who they are, how to reach and bill them, how they like to travel.
 * Card numbers never enter it: payment methods are the provider's tokens.
 */
@SnapshotByFields
@Aggregate(snapshotTriggerDefinition = "eventCountSnapshotTrigger", cache = "aggregateCache")
public class Client {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{7,25}");
    private static final Set<String> CHANNELS = Set.of("EMAIL", "SMS", "PHONE");
    static final int MAX_EMERGENCY_CONTACTS = 5;

    @AggregateIdentifier
    private ClientId clientId;
    private String email;
    private VipStatus vipStatus;
    private boolean active;
    private boolean erased;
    private Set<String> paymentTokens = new HashSet<>();
    /** Null until the client first chooses: then every kind is on (and in snapshots taken before this existed). */
    private Set<NotificationKind> emailNotifications;

    protected Client() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public Client(RegisterClientCommand command, EmailClaims emails) {
        Require.present(command.clientId(), "clientId");
        ClientProfile profile = checked(command.profile());
        claim(emails, profile.email(), command.clientId());
        apply(new ClientRegisteredEvent(command.clientId(), profile));
    }

    @CommandHandler
    long handle(UpdateClientProfileCommand command, EmailClaims emails) {
        requireActive();
        ClientProfile profile = checked(command.profile());
        if (!profile.email().equals(email)) {
            claim(emails, profile.email(), clientId);
            emails.release(email, clientId);
        }
        apply(new ClientProfileUpdatedEvent(clientId, profile));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(UpdateTravelPreferencesCommand command) {
        requireActive();
        TravelPreferences preferences = Require.present(command.preferences(), "preferences");
        shortList(preferences.dietaryRestrictions(), "dietaryRestrictions");
        if (preferences.specialRequests() != null) {
            Require.text(preferences.specialRequests(), "specialRequests", 2000);
        }
        Set<String> categories = Arrays.stream(AircraftCategory.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        for (String category : shortList(preferences.preferredAircraftCategories(), "preferredAircraftCategories")) {
            Require.that(category, categories::contains, "preferredAircraftCategories",
                    "'" + category + "' is not an aircraft category " + categories);
        }
        for (String channel : shortList(preferences.notificationChannels(), "notificationChannels")) {
            Require.that(channel, CHANNELS::contains, "notificationChannels",
                    "'" + channel + "' is not a notification channel " + CHANNELS);
        }
        apply(new TravelPreferencesUpdatedEvent(clientId, preferences));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeNotificationPreferencesCommand command) {
        requireActive();
        Set<NotificationKind> wanted = Require.present(command.email(), "email");
        Require.that(wanted, kinds -> kinds.stream().noneMatch(java.util.Objects::isNull), "email", "email lists notification kinds "
                + Arrays.toString(NotificationKind.values()));
        Set<NotificationKind> chosen = wanted.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(wanted);
        if (!chosen.equals(emailNotifications)) {   // a repeated choice changes nothing
            apply(new ClientNotificationPreferencesChangedEvent(clientId, chosen));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeVipStatusCommand command) {
        requireActive();
        VipStatus status = Require.present(command.vipStatus(), "vipStatus");
        if (status != vipStatus) {
            apply(new VipStatusChangedEvent(clientId, status));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddPaymentMethodCommand command) {
        requireActive();
        PaymentMethodReference method = Require.present(command.paymentMethod(), "paymentMethod");
        String token = Require.paymentToken(method.token(), "token", 200);
        Require.text(method.brand(), "brand", 30);
        Require.that(Require.present(method.lastFour(), "lastFour"), last -> last.matches("[0-9]{4}"), "lastFour",
                "lastFour must be the last four digits of the card");
        if (!paymentTokens.contains(token)) {
            apply(new PaymentMethodAddedEvent(clientId, new PaymentMethodReference(token, method.brand().strip(),
                    method.lastFour())));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemovePaymentMethodCommand command) {
        requireActive();
        if (!paymentTokens.contains(Require.present(command.token(), "token"))) {
            throw new RuleViolationException(ErrorCode.PAYMENT_METHOD_NOT_FOUND, "token",
                    "The client has no payment method with that token");
        }
        apply(new PaymentMethodRemovedEvent(clientId, command.token()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EraseClientPersonalDataCommand command, EmailClaims emails, PersonalDataErasure erasure) {
        if (!erased) {
            String held = email;
            apply(new ClientPersonalDataErasedEvent(clientId, Instant.now()));
            if (held != null) {
                emails.release(held, clientId);
            }
            erasure.destroyKeysOf(clientId);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DeactivateClientCommand command) {
        String reason = Require.text(command.reason(), "reason", 500);
        if (active) {
            apply(new ClientDeactivatedEvent(clientId, reason));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireActive() {
        if (!active) {
            throw new RuleViolationException(ErrorCode.CLIENT_DEACTIVATED, null,
                    "Client " + clientId + " is deactivated");
        }
    }

    private static void claim(EmailClaims emails, String address, ClientId owner) {
        if (!emails.claim(address, owner)) {
            throw new RuleViolationException(ErrorCode.EMAIL_TAKEN, "email",
                    "Another client is registered with " + address);
        }
    }

    /** The profile with every field checked and the e-mail normalized to lower case. */
    private static ClientProfile checked(ClientProfile profile) {
        Require.present(profile, "profile");
        ClientKind kind = Require.present(profile.kind(), "kind");
        String company = profile.companyName();
        if (kind == ClientKind.CORPORATE) {
            company = Require.text(company, "companyName", 200);
        } else if (company != null && !company.isBlank()) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "companyName",
                    "companyName is for corporate clients; register the company as CORPORATE");
        }
        checkContact(Require.present(profile.contact(), "contact"), "contact", false);
        String address = Require.text(profile.email(), "email", 254).toLowerCase(Locale.ROOT);
        Require.that(address, a -> EMAIL.matcher(a).matches(), "email", "'" + address + "' is not an e-mail address");
        phone(profile.phone(), "phone");
        checkAddress(Require.present(profile.billingAddress(), "billingAddress"));
        List<Contact> emergencyContacts = profile.emergencyContacts() == null ? List.of() : profile.emergencyContacts();
        Require.that(emergencyContacts, list -> list.size() <= MAX_EMERGENCY_CONTACTS, "emergencyContacts",
                "at most " + MAX_EMERGENCY_CONTACTS + " emergency contacts");
        for (int i = 0; i < emergencyContacts.size(); i++) {
            checkContact(Require.present(emergencyContacts.get(i), "emergencyContacts[" + i + "]"),
                    "emergencyContacts[" + i + "]", true);
        }
        return new ClientProfile(kind, company, profile.contact(), address, profile.phone().strip(),
                profile.billingAddress(), List.copyOf(emergencyContacts));
    }

    private static void checkContact(Contact contact, String field, boolean phoneRequired) {
        Require.text(contact.name(), field + ".name", 200);
        if (phoneRequired || contact.phone() != null) {
            phone(contact.phone(), field + ".phone");
        }
        if (contact.email() != null) {
            Require.that(contact.email().strip(), a -> EMAIL.matcher(a).matches(), field + ".email",
                    "'" + contact.email() + "' is not an e-mail address");
        }
    }

    private static void phone(String phone, String field) {
        Require.that(Require.text(phone, field, 25), p -> PHONE.matcher(p).matches(), field,
                field + " must be a phone number, e.g. +1 212 555 0100");
    }

    private static void checkAddress(Address address) {
        Require.text(address.line1(), "billingAddress.line1", 200);
        Require.text(address.city(), "billingAddress.city", 100);
        Require.that(Require.present(address.country(), "billingAddress.country"), c -> c.matches("[A-Z]{2}"),
                "billingAddress.country", "billingAddress.country must be an ISO 3166 two-letter code, e.g. US");
    }

    private static List<String> shortList(List<String> values, String field) {
        List<String> list = values == null ? List.of() : values;
        Require.that(list, l -> l.size() <= 20, field, field + " holds at most 20 entries");
        list.forEach(value -> Require.text(value, field, 100));
        return list;
    }

    @EventSourcingHandler
    void on(ClientRegisteredEvent event) {
        clientId = event.clientId();
        email = event.profile().email();
        vipStatus = VipStatus.STANDARD;
        active = true;
    }

    @EventSourcingHandler
    void on(ClientProfileUpdatedEvent event) {
        email = event.profile().email();
    }

    @EventSourcingHandler
    void on(ClientNotificationPreferencesChangedEvent event) {
        emailNotifications = event.email().isEmpty()
                ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(event.email());
    }

    @EventSourcingHandler
    void on(VipStatusChangedEvent event) {
        vipStatus = event.vipStatus();
    }

    @EventSourcingHandler
    void on(PaymentMethodAddedEvent event) {
        paymentTokens.add(event.paymentMethod().token());
    }

    @EventSourcingHandler
    void on(PaymentMethodRemovedEvent event) {
        paymentTokens.remove(event.token());
    }

    @EventSourcingHandler
    void on(ClientDeactivatedEvent event) {
        active = false;
    }

    /** Erased: no longer reachable (its contact data is gone), and its e-mail is free again. */
    @EventSourcingHandler
    void on(ClientPersonalDataErasedEvent event) {
        erased = true;
        active = false;
        email = null;
    }
}
