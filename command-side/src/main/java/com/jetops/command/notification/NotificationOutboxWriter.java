package com.jetops.command.notification;

import com.jetops.api.billing.InvoiceIssuedEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDelayedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.notification.NotificationKind;
import com.jetops.api.reference.Airports;
import com.jetops.command.notification.NotificationDirectory.BookingFacts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the domain events clients and integrators are told about into outbox rows, in the
 * transaction that moves the processor's token, so an event is queued exactly once however often
 * it is delivered. {@link DisallowReplay}: while the processor first catches up with the history
 * nothing is queued (a new deployment does not mail the past). The data is ids and facts about
 * the trip, never personal data: the e-mail's address and salutation are looked up when it is sent.
 *
 * <p>Events and kinds: QuoteIssued → QUOTE_ISSUED; BookingConfirmed → BOOKING_CONFIRMED;
 * BookingRejected → BOOKING_REJECTED; BookingChanged (an accepted change) and LegDelayed (a new
 * estimated departure) → SCHEDULE_CHANGED; LegDeparted → FLIGHT_DEPARTED; LegArrived (at the
 * diversion airport if it diverted) → FLIGHT_ARRIVED; InvoiceIssued → INVOICE_ISSUED. Clients are
 * not mailed about positioning legs (no passengers); webhooks get them, marked.
 */
@Component
@ProcessingGroup(NotificationDirectory.PROCESSING_GROUP)
@DisallowReplay
class NotificationOutboxWriter {
    private final NotificationDirectory directory;
    private final NotificationOutbox outbox;
    private final Airports airports;

    NotificationOutboxWriter(NotificationDirectory directory, NotificationOutbox outbox, Airports airports) {
        this.directory = directory;
        this.outbox = outbox;
        this.airports = airports;
    }

    @EventHandler
    void on(QuoteIssuedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        QuoteOption offer = event.offer();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quoteId", event.quoteId().value());
        data.put("clientId", event.clientId().value());
        aircraft(data, offer.tailNumber(), offer.typeDesignator());
        data.put("legs", revenueLegs(offer.legs()));
        data.put("total", money(offer.price().total()));
        data.put("validUntil", event.validUntil().toString());
        outbox.enqueue(eventId, NotificationKind.QUOTE_ISSUED, occurredAt, event.clientId(), data);
    }

    @EventHandler
    void on(BookingConfirmedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        booking(event.bookingId()).ifPresent(booking -> {
            Map<String, Object> data = about(booking);
            data.put("aircraftId", event.aircraftId().value());
            outbox.enqueue(eventId, NotificationKind.BOOKING_CONFIRMED, occurredAt, booking.clientId(), data);
        });
    }

    /** The reason stays out: it names crew and their legality checks, which are neither the client's nor an integrator's. */
    @EventHandler
    void on(BookingRejectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        booking(event.bookingId()).ifPresent(booking -> outbox.enqueue(eventId, NotificationKind.BOOKING_REJECTED,
                occurredAt, booking.clientId(), about(booking)));
    }

    @EventHandler
    void on(BookingChangedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        booking(event.bookingId()).ifPresent(booking -> {
            // The new plan from the event itself: the directory may take it before or after this handler.
            QuoteOption option = event.option();
            Map<String, Object> data = about(new BookingFacts(booking.bookingId(), booking.clientId(),
                    option.tailNumber(), option.typeDesignator(), option.legs()));
            data.put("change", "REPLANNED");
            data.put("total", money(option.price().total()));
            outbox.enqueue(eventId, NotificationKind.SCHEDULE_CHANGED, occurredAt, booking.clientId(), data);
        });
    }

    @EventHandler
    void on(LegDelayedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        booking(event.bookingId()).ifPresent(booking -> leg(booking, event.legIndex()).ifPresent(leg -> {
            Map<String, Object> data = about(booking);
            data.put("change", "DELAYED");
            data.put("leg", leg(leg));
            data.put("estimatedDeparture", event.estimatedDeparture().toString());
            data.put("delayReason", event.reason());
            enqueueForLeg(eventId, NotificationKind.SCHEDULE_CHANGED, occurredAt, booking, leg, data);
        }));
    }

    @EventHandler
    void on(LegDepartedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        booking(event.bookingId()).ifPresent(booking -> leg(booking, event.legIndex()).ifPresent(leg -> {
            Map<String, Object> data = about(booking);
            data.put("leg", leg(leg));
            data.put("blockOff", event.blockOff().toString());
            enqueueForLeg(eventId, NotificationKind.FLIGHT_DEPARTED, occurredAt, booking, leg, data);
        }));
    }

    @EventHandler
    void on(LegArrivedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        booking(event.bookingId()).ifPresent(booking -> leg(booking, event.legIndex()).ifPresent(leg -> {
            Map<String, Object> data = about(booking);
            Map<String, Object> flown = leg(leg);
            flown.putAll(airport("to", event.to()));   // where it actually landed
            flown.put("diverted", !event.to().equals(leg.to()));
            data.put("leg", flown);
            data.put("blockOff", event.blockOff().toString());
            data.put("blockOn", event.blockOn().toString());
            enqueueForLeg(eventId, NotificationKind.FLIGHT_ARRIVED, occurredAt, booking, leg, data);
        }));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invoiceId", event.invoiceId().value());
        data.put("number", event.number());
        data.put("bookingId", event.bookingId().value());
        data.put("clientId", event.clientId().value());
        data.put("total", money(event.price().total()));
        data.put("issuedOn", event.issuedOn().toString());
        data.put("dueOn", event.dueOn().toString());
        outbox.enqueue(eventId, NotificationKind.INVOICE_ISSUED, occurredAt, event.clientId(), data);
    }

    private void enqueueForLeg(String eventId, NotificationKind kind, Instant occurredAt, BookingFacts booking,
                               PlannedLeg leg, Map<String, Object> data) {
        ClientId mailTo = leg.positioning() ? null : booking.clientId();
        outbox.enqueue(eventId, kind, occurredAt, mailTo, data);
    }

    /** A booking made before notifications knew of it (none: the directory replays the history) is skipped. */
    private Optional<BookingFacts> booking(BookingId bookingId) {
        return directory.booking(bookingId);
    }

    private static Optional<PlannedLeg> leg(BookingFacts booking, int index) {
        return index >= 0 && index < booking.legs().size() ? Optional.of(booking.legs().get(index)) : Optional.empty();
    }

    private Map<String, Object> about(BookingFacts booking) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bookingId", booking.bookingId().value());
        data.put("clientId", booking.clientId().value());
        aircraft(data, booking.tailNumber(), booking.typeDesignator());
        data.put("legs", revenueLegs(booking.legs()));
        return data;
    }

    private static void aircraft(Map<String, Object> data, String tailNumber, String typeDesignator) {
        data.put("tailNumber", tailNumber);
        data.put("aircraftType", typeDesignator);
    }

    private List<Map<String, Object>> revenueLegs(List<PlannedLeg> legs) {
        return legs.stream().filter(leg -> !leg.positioning()).map(this::leg).toList();
    }

    private Map<String, Object> leg(PlannedLeg leg) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("index", leg.index());
        data.putAll(airport("from", leg.from()));
        data.putAll(airport("to", leg.to()));
        data.put("departure", leg.departure().toString());
        data.put("arrival", leg.arrival().toString());
        data.put("passengers", leg.passengers());
        data.put("positioning", leg.positioning());
        return data;
    }

    private Map<String, Object> airport(String prefix, IcaoCode icao) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(prefix, icao.value());
        data.put(prefix + "Name", airports.find(icao)
                .map(airport -> airport.municipality() != null && !airport.municipality().isBlank()
                        ? airport.municipality() : airport.name())
                .orElse(icao.value()));
        return data;
    }

    private static Map<String, Object> money(Money money) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", money.amount().toPlainString());
        data.put("currency", money.currency().getCurrencyCode());
        return data;
    }
}
