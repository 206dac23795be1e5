package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftDetailsUpdatedEvent;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftPage;
import com.jetops.api.aircraft.AircraftPosition;
import com.jetops.query.tracking.PositionReads;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftRetiredEvent;
import com.jetops.api.aircraft.AircraftReturnedToServiceEvent;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.aircraft.FindAircraftQuery;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.MaintenanceHoldPlacedEvent;
import com.jetops.api.aircraft.ListAircraftQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import com.jetops.api.aircraft.WatchFleetQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/** The fleet table in PostgreSQL: one row per aircraft with live status and location. */
@Component
@ProcessingGroup(FleetProjection.PROCESSING_GROUP)
class FleetProjection {
    static final String PROCESSING_GROUP = "fleet";

    private final FleetAircraftRepository repository;
    private final AircraftScheduleProjection schedule;
    private final PositionReads positions;
    private final QueryUpdateEmitter updates;

    FleetProjection(FleetAircraftRepository repository, AircraftScheduleProjection schedule, PositionReads positions,
                    QueryUpdateEmitter updates) {
        this.repository = repository;
        this.schedule = schedule;
        this.positions = positions;
        this.updates = updates;
    }

    @EventHandler
    void on(AircraftRegisteredEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        boolean alreadyApplied = repository.findById(event.aircraftId().value())
                .map(row -> row.version() >= sequenceNumber)
                .orElse(false);
        if (!alreadyApplied) {
            published(repository.save(FleetAircraft.registered(event, sequenceNumber, at)));
        }
    }

    @EventHandler
    void on(AircraftDetailsUpdatedEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.detailsUpdated(event));
    }

    @EventHandler
    void on(AircraftOwnerAssignedEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.ownedBy(event.ownerId()));
    }

    @EventHandler
    void on(AircraftGroundedEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.status(AircraftStatus.GROUNDED));
    }

    @EventHandler
    void on(MaintenanceHoldPlacedEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.status(AircraftStatus.GROUNDED));
    }

    @EventHandler
    void on(AircraftReturnedToServiceEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.status(AircraftStatus.AVAILABLE));
    }

    @EventHandler
    void on(AircraftRetiredEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.status(AircraftStatus.RETIRED));
    }

    @EventHandler
    void on(FlightLegRecordedEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.flew(event));
    }

    @EventHandler
    void on(FlightLegCorrectedEvent event, @SequenceNumber long sequenceNumber) {
        update(event.aircraftId(), sequenceNumber, row -> row.corrected(event));
    }

    /**
     * Events of one aircraft arrive in order (one segment per aggregate), so its row exists;
     * if not, failing makes the processor retry rather than lose the change.
     */
    private void update(AircraftId aircraftId, long sequenceNumber, Consumer<FleetAircraft> change) {
        FleetAircraft row = repository.findById(aircraftId.value()).orElseThrow(() ->
                new IllegalStateException("fleet row of " + aircraftId + " missing at sequence " + sequenceNumber));
        if (row.applies(sequenceNumber)) {
            change.accept(row);
            published(repository.save(row));
        }
    }

    /** Live feeds get the new view once the change commits (Axon emits after the unit of work). */
    private void published(FleetAircraft row) {
        AircraftView projected = row.toView();
        // A live map keeps the aircraft where it is; looked up only while a feed listens (not during replays).
        AircraftView view = positions != null && watched()
                ? projected.withPosition(positions.latestOf(java.util.List.of(row.aircraftId())).get(row.aircraftId()))
                : projected;
        updates.emit(WatchFleetQuery.class, query -> query.shows(view), view);
    }

    @QueryHandler
    java.util.List<AircraftView> watch(WatchFleetQuery query) {
        if (query.aircraftId() != null) {
            AircraftView one = find(new FindAircraftQuery(query.aircraftId()));
            return one == null ? java.util.List.of() : java.util.List.of(one);
        }
        return withNextReservations(repository.findAll(Sort.by("tailNumber")).stream().map(FleetAircraft::toView).toList());
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    AircraftView find(FindAircraftQuery query) {
        return repository.findById(query.aircraftId().value())
                .map(row -> withNextReservations(java.util.List.of(row.toView())).get(0)).orElse(null);
    }

    @QueryHandler
    AircraftPage list(ListAircraftQuery query) {
        Specification<FleetAircraft> filter = Specification.allOf(
                equalTo("status", query.status()),
                equalTo("baseAirport", query.baseAirport() == null ? null : query.baseAirport().value()),
                equalTo("category", query.category()),
                equalTo("ownerId", query.ownerId()));
        Page<FleetAircraft> page = repository.findAll(filter,
                PageRequest.of(query.page(), query.size(), Sort.by("tailNumber")));
        return new AircraftPage(withNextReservations(page.map(FleetAircraft::toView).getContent()), query.page(),
                query.size(), page.getTotalElements());
    }

    private boolean watched() {
        return updates.activeSubscriptions().stream().anyMatch(query -> query.getPayload() instanceof WatchFleetQuery);
    }

    /**
     * The next reservation comes from the calendar read model when asked, so it is never stale in
     * this row; the latest position likewise from the position stream (written outside the events).
     */
    private java.util.List<AircraftView> withNextReservations(java.util.List<AircraftView> views) {
        java.util.List<String> ids = views.stream().map(v -> v.aircraftId().value()).toList();
        java.util.Map<String, com.jetops.api.aircraft.CalendarEntry> next = schedule.nextReservations(ids, Instant.now());
        java.util.Map<String, AircraftPosition> latest = positions.latestOf(ids);
        return views.stream().map(v -> v.withNextReservation(next.get(v.aircraftId().value()))
                .withPosition(latest.get(v.aircraftId().value()))).toList();
    }

    /** No predicate when the filter is absent. */
    private static Specification<FleetAircraft> equalTo(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
