package com.jetops.query.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingChangeAcceptedEvent;
import com.jetops.api.booking.BookingExtraAddedEvent;
import com.jetops.api.booking.BookingChangeProposedEvent;
import com.jetops.api.booking.BookingChangeRejectedEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.BookingInvoicedEvent;
import com.jetops.api.booking.BookingPaidEvent;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.BookingStatus;
import com.jetops.api.booking.FindFlightQuery;
import com.jetops.api.booking.FindManifestQuery;
import com.jetops.api.booking.FlightLegView;
import com.jetops.api.booking.FlightManifest;
import com.jetops.api.booking.FlightPage;
import com.jetops.api.booking.FlightView;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDelayedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.LegDivertedEvent;
import com.jetops.api.booking.ListFlightsQuery;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.StatusChange;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import com.jetops.api.booking.WatchFlightsQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The flights read model: one row per booking with its legs, aircraft, crew, price and status
 * history, guarded by the booking's event sequence number so a replayed or redelivered event
 * changes nothing.
 */
@Component
@ProcessingGroup(FlightProjection.PROCESSING_GROUP)
class FlightProjection {
    static final String PROCESSING_GROUP = "flights";
    private static final TypeReference<List<Passenger>> PASSENGERS = new TypeReference<>() {
    };

    private final FlightBookingRepository repository;
    private final ObjectMapper json;
    private final QueryUpdateEmitter updates;

    private final PersonalDataCodec personalData;

    FlightProjection(FlightBookingRepository repository, ObjectMapper json, QueryUpdateEmitter updates,
                     PersonalDataCodec personalData) {
        this.personalData = personalData;
        this.updates = updates;
        this.repository = repository;
        this.json = json;
    }

    @EventHandler
    void on(BookingRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        FlightBooking row = repository.findById(event.bookingId().value()).orElse(new FlightBooking(event.bookingId().value()));
        if (row.version >= sequence) {
            return;
        }
        List<PlannedLeg> planned = event.option().legs();
        List<FlightLegView> legs = legViews(planned);
        FlightView view = new FlightView(event.bookingId(), BookingStatus.REQUESTED, event.quoteId(), event.clientId(),
                event.agentId(), event.option().aircraftId(), event.option().tailNumber(), event.option().typeDesignator(),
                legs, event.passengers().size(), List.of(), event.option().price(), null, null, null,
                List.of(new StatusChange(at, BookingStatus.REQUESTED, "quote " + event.quoteId() + " accepted")), sequence);
        row.clientId = event.clientId().value();
        row.agentId = event.agentId();
        row.aircraftId = event.option().aircraftId().value();
        fill(row, planned);
        row.passengers = write(event.passengers());
        save(row, view, sequence);
    }

    @EventHandler
    void on(BookingConfirmedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, BookingStatus.CONFIRMED, at,
                "aircraft reserved for " + event.reservations().size() + " legs, " + event.crew().size() + " crew assigned",
                event.crew(), null, null, null));
    }

    @EventHandler
    void on(BookingChangeProposedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, view.status(), at, "change " + event.changeId()
                + " proposed, price difference " + event.priceDifference(), null, null, null, null));
    }

    @EventHandler
    void on(BookingExtraAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, view.status(), at, "extra " + event.amount()
                + ": " + event.description(), null, null, null, null));
    }

    @EventHandler
    void on(EmptyLegSoldEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, view.status(), at, "leg " + event.legIndex()
                + " sold as an empty leg to booking " + event.buyerBookingId() + " (" + event.passengers()
                + " passengers)", null, null, null, null));
    }

    @EventHandler
    void on(EmptyLegReleasedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, view.status(), at, "leg " + event.legIndex()
                + " empty again: " + event.reason(), null, null, null, null));
    }

    @EventHandler
    void on(BookingChangeAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, view.status(), at, "change " + event.changeId()
                + " accepted: re-reserving aircraft and crew", null, null, null, null));
    }

    @EventHandler
    void on(BookingChangeRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, view.status(), at, "change " + event.changeId()
                + " rejected: " + event.reason(), null, null, null, null));
    }

    /** The client's passengers' personal data goes from the manifests of all their bookings. */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        personalData.forgetCachedKeys();
        for (FlightBooking row : repository.findByClientId(event.clientId().value())) {
            if (row.passengers != null) {
                row.passengers = write(personalData.erasedAll(read(row.passengers, PASSENGERS), Passenger.class));
                repository.save(row);
            }
        }
    }

    /** The booking flies the changed plan: legs, price, crew and manifest replaced. */
    @EventHandler
    void on(BookingChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, (row, view) -> {
            fill(row, event.option().legs());
            row.passengers = write(event.passengers());
            return withStatus(view.withPlan(legViews(event.option().legs()), event.passengers().size(), event.crew(),
                    event.option().price()), view.status(), at, "change " + event.changeId() + " applied", null, null,
                    null, null);
        });
    }

    @EventHandler
    void on(BookingRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, BookingStatus.REJECTED, at, event.reason(),
                null, event.reason(), null, null));
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, BookingStatus.CANCELLED, at,
                event.reason() + " (" + event.noticeHours() + " h notice, fee " + event.fee() + ")", List.of(),
                event.reason(), event.fee(), null));
    }

    @EventHandler
    void on(LegDelayedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withLeg(view, event.legIndex(), leg -> leg.with("DELAYED",
                event.estimatedDeparture(), null, null, null), at, "leg " + event.legIndex() + " delayed to "
                + event.estimatedDeparture() + ": " + event.reason(), null));
    }

    @EventHandler
    void on(LegDepartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withLeg(view, event.legIndex(), leg -> leg.with("DEPARTED",
                null, event.blockOff(), null, null), at, "leg " + event.legIndex() + " departed", BookingStatus.IN_PROGRESS));
    }

    @EventHandler
    void on(LegDivertedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withLeg(view, event.legIndex(), leg -> leg.with("DIVERTED",
                null, null, null, event.divertedTo()), at, "leg " + event.legIndex() + " diverted to "
                + event.divertedTo() + ": " + event.reason(), null));
    }

    @EventHandler
    void on(LegArrivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withLeg(view, event.legIndex(), leg -> leg.with("ARRIVED",
                null, null, event.blockOn(), null), at, "leg " + event.legIndex() + " arrived at " + event.to(), null));
    }

    @EventHandler
    void on(BookingCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, BookingStatus.COMPLETED, at, "all legs arrived",
                null, null, null, null));
    }

    @EventHandler
    void on(BookingInvoicedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view,
                view.status() == BookingStatus.CANCELLED ? BookingStatus.CANCELLED : BookingStatus.INVOICED, at,
                "invoice " + event.invoiceId() + " issued", null, null, null, event.invoiceId()));
    }

    @EventHandler
    void on(BookingPaidEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.bookingId(), sequence, view -> withStatus(view, BookingStatus.PAID, at,
                "invoice " + event.invoiceId() + " paid", null, null, null, null));
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    private static List<FlightLegView> legViews(List<PlannedLeg> planned) {
        return planned.stream().map(l -> new FlightLegView(l.index(), l.from(), l.to(), l.positioning(),
                l.passengers(), l.departure(), l.arrival(), "SCHEDULED", null, null, null, null)).toList();
    }

    /** The filter columns that follow the legs: first revenue departure and every airport on the route. */
    private static void fill(FlightBooking row, List<PlannedLeg> planned) {
        Set<String> airports = new TreeSet<>();
        planned.forEach(l -> {
            airports.add(l.from().value());
            airports.add(l.to().value());
        });
        row.firstDeparture = planned.stream().filter(l -> !l.positioning()).findFirst().orElseThrow().departure();
        row.airports = " " + String.join(" ", airports) + " ";
    }

    @QueryHandler
    FlightView find(FindFlightQuery query) {
        return repository.findById(query.bookingId().value()).map(row -> read(row.view, FlightView.class)).orElse(null);
    }

    @QueryHandler
    FlightManifest manifest(FindManifestQuery query) {
        return repository.findById(query.bookingId().value()).map(row -> {
            FlightView view = read(row.view, FlightView.class);
            List<Passenger> passengers = read(row.passengers, PASSENGERS);
            List<FlightManifest.Leg> legs = new ArrayList<>();
            int revenue = 0;
            for (FlightLegView leg : view.legs()) {
                if (leg.positioning()) {
                    continue;
                }
                int number = revenue++;
                List<Passenger> aboard = passengers.stream()
                        .filter(p -> p.legs() == null || p.legs().contains(number)).toList();
                legs.add(new FlightManifest.Leg(leg.index(), leg.from(), leg.to(), leg.plannedDeparture(), aboard,
                        aboard.stream().mapToInt(p -> p.weightKg() == null ? 0 : p.weightKg()).sum()));
            }
            return new FlightManifest(view.bookingId(), view.tailNumber(), legs);
        }).orElse(null);
    }

    @QueryHandler
    FlightPage list(ListFlightsQuery query) {
        Specification<FlightBooking> filter = Specification.allOf(
                equalTo("status", query.status() == null ? null : query.status().name()),
                equalTo("clientId", query.clientId() == null ? null : query.clientId().value()),
                equalTo("agentId", query.agentId()),
                equalTo("aircraftId", query.aircraftId() == null ? null : query.aircraftId().value()),
                query.onlyAircraftIds() == null ? null : (root, q, cb) -> query.onlyAircraftIds().isEmpty()
                        ? cb.disjunction() : root.get("aircraftId").in(query.onlyAircraftIds()),
                query.airport() == null ? null
                        : (root, q, cb) -> cb.like(root.get("airports"), "% " + query.airport().value() + " %"),
                query.from() == null ? null : (root, q, cb) -> cb.greaterThanOrEqualTo(root.get("firstDeparture"), query.from()),
                query.to() == null ? null : (root, q, cb) -> cb.lessThan(root.get("firstDeparture"), query.to()));
        Page<FlightBooking> page = repository.findAll(filter,
                PageRequest.of(query.page(), query.size(), Sort.by("firstDeparture", "bookingId")));
        return new FlightPage(page.getContent().stream().map(row -> read(row.view, FlightView.class)).toList(),
                query.page(), query.size(), page.getTotalElements());
    }

    private static Specification<FlightBooking> equalTo(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }

    private static FlightView withStatus(FlightView v, BookingStatus status, Instant at, String note,
                                         List<com.jetops.api.booking.CrewAssignment> crew, String reason,
                                         com.jetops.api.common.Money fee, com.jetops.api.billing.InvoiceId invoiceId) {
        return v.withStep(new StatusChange(at, status, note), crew, reason, fee, invoiceId);
    }

    private static FlightView withLeg(FlightView v, int index, UnaryOperator<FlightLegView> change, Instant at,
                                      String note, BookingStatus newStatus) {
        List<FlightLegView> legs = IntStream.range(0, v.legs().size())
                .mapToObj(i -> i == index ? change.apply(v.legs().get(i)) : v.legs().get(i)).toList();
        return withStatus(v.withPlan(legs, v.passengerCount(), v.crew(), v.price()),
                newStatus != null ? newStatus : v.status(), at, note, null, null, null, null);
    }

    /** Events of one booking arrive in order; a missing row makes the processor retry rather than lose the change. */
    private void update(BookingId bookingId, long sequence, UnaryOperator<FlightView> change) {
        update(bookingId, sequence, (row, view) -> change.apply(view));
    }

    /** As above, for a change that also touches the row's filter columns or manifest. */
    private void update(BookingId bookingId, long sequence,
                        java.util.function.BiFunction<FlightBooking, FlightView, FlightView> change) {
        FlightBooking row = repository.findById(bookingId.value()).orElseThrow(() ->
                new IllegalStateException("flight row of " + bookingId + " missing at sequence " + sequence));
        if (row.version < sequence) {
            save(row, change.apply(row, read(row.view, FlightView.class)), sequence);
        }
    }

    private void save(FlightBooking row, FlightView view, long sequence) {
        FlightView versioned = view.withVersion(sequence);
        row.version = sequence;
        row.status = versioned.status().name();
        row.view = write(versioned);
        repository.save(row);
        // Live feeds get the new view once the change commits (Axon emits after the unit of work).
        updates.emit(WatchFlightsQuery.class, query -> query.shows(versioned), versioned);
    }

    @QueryHandler
    List<FlightView> watch(WatchFlightsQuery query) {
        if (query.bookingId() != null) {
            FlightView one = find(new FindFlightQuery(query.bookingId()));
            return one == null ? List.of() : List.of(one);
        }
        Instant now = Instant.now();
        return list(new ListFlightsQuery(null, null, null, null, null, now.minus(java.time.Duration.ofHours(12)),
                now.plus(java.time.Duration.ofHours(48)), 0, 500)).items();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
