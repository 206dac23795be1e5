package com.jetops.command.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientNotificationPreferencesChangedEvent;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientProfileUpdatedEvent;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.notification.NotificationKind;
import com.jetops.platform.eventstore.AxonSerializers;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who notifications go to and what they are about, from the event stream: clients (address,
 * name, the kinds they want by e-mail, whether they were erased) and bookings (whose they are,
 * what flies). These handlers also run while the processor first catches up with the history
 * (a replay), so clients and bookings from before notifications existed are known; the outbox
 * handlers do not (see {@link NotificationOutboxWriter}). Every write is idempotent.
 */
@Component
@ProcessingGroup(NotificationDirectory.PROCESSING_GROUP)
class NotificationDirectory {
    static final String PROCESSING_GROUP = "notifications";
    private static final ObjectMapper JSON = AxonSerializers.objectMapper();
    private static final TypeReference<List<PlannedLeg>> LEGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    NotificationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A client as notifications need them; {@code email} is null once erased. */
    record Recipient(ClientId clientId, String email, String name, Set<NotificationKind> emailKinds, boolean erased) {
        boolean wantsEmail(NotificationKind kind) {
            return !erased && email != null && emailKinds.contains(kind);
        }
    }

    /** A booking: its client and the aircraft and legs it flies. */
    record BookingFacts(BookingId bookingId, ClientId clientId, String tailNumber, String typeDesignator,
                        List<PlannedLeg> legs) {
    }

    // --- reads ----------------------------------------------------------------------------------

    Optional<Recipient> recipient(ClientId clientId) {
        return jdbc.query("select * from notification_recipient where client_id = ?", (row, i) -> new Recipient(
                clientId, row.getString("email"), row.getString("name"), kinds(row.getString("email_kinds")),
                row.getBoolean("erased")), clientId.value()).stream().findFirst();
    }

    Optional<BookingFacts> booking(BookingId bookingId) {
        return jdbc.query("select * from notification_booking where booking_id = ?", (row, i) -> new BookingFacts(
                bookingId, ClientId.of(row.getString("client_id")), row.getString("tail_number"),
                row.getString("type_designator"), legs(row.getString("legs"))), bookingId.value()).stream().findFirst();
    }

    // --- clients --------------------------------------------------------------------------------

    @EventHandler
    void on(ClientRegisteredEvent event) {
        contact(event.clientId(), event.profile());
    }

    @EventHandler
    void on(ClientProfileUpdatedEvent event) {
        contact(event.clientId(), event.profile());
    }

    @EventHandler
    void on(ClientNotificationPreferencesChangedEvent event) {
        String kinds = StoredKinds.names(event.email());
        jdbc.update("""
                insert into notification_recipient (client_id, email_kinds) values (?, ?)
                on conflict (client_id) do update set email_kinds = excluded.email_kinds""",
                event.clientId().value(), kinds);
    }

    /** Erased: the copies of the address and name go, and nothing is written to this client again. */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        jdbc.update("""
                insert into notification_recipient (client_id, erased) values (?, true)
                on conflict (client_id) do update set email = null, name = null, erased = true""",
                event.clientId().value());
    }

    private void contact(ClientId clientId, ClientProfile profile) {
        // Read after an erasure, the sealed values come back as "[erased]": the erased flag stays and wins.
        jdbc.update("""
                insert into notification_recipient (client_id, email, name) values (?, ?, ?)
                on conflict (client_id) do update set email = excluded.email, name = excluded.name
                 where not notification_recipient.erased""",
                clientId.value(), profile.email(), profile.contact() == null ? null : profile.contact().name());
    }

    // --- bookings -------------------------------------------------------------------------------

    @EventHandler
    void on(BookingRequestedEvent event) {
        plan(event.bookingId(), event.clientId(), event.option());
    }

    @EventHandler
    void on(BookingChangedEvent event) {
        booking(event.bookingId()).ifPresent(known -> plan(event.bookingId(), known.clientId(), event.option()));
    }

    private void plan(BookingId bookingId, ClientId clientId, QuoteOption option) {
        jdbc.update("""
                insert into notification_booking (booking_id, client_id, tail_number, type_designator, legs)
                values (?, ?, ?, ?, ?)
                on conflict (booking_id) do update set tail_number = excluded.tail_number,
                       type_designator = excluded.type_designator, legs = excluded.legs""",
                bookingId.value(), clientId.value(), option.tailNumber(), option.typeDesignator(), json(option.legs()));
    }

    private static Set<NotificationKind> kinds(String stored) {
        if (stored == null) {
            return NotificationKind.defaults();
        }
        return StoredKinds.parse(stored);
    }

    private static String json(List<PlannedLeg> legs) {
        try {
            return JSON.writeValueAsString(legs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PlannedLeg> legs(String json) {
        try {
            return JSON.readValue(json, LEGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
