package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftPage;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.aircraft.FindAircraftQuery;
import com.jetops.api.aircraft.ListAircraftQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The fleet table in PostgreSQL: one row per aircraft with live status and location. */
@Component
@ProcessingGroup(FleetProjection.PROCESSING_GROUP)
class FleetProjection {
    static final String PROCESSING_GROUP = "fleet";

    private final FleetAircraftRepository repository;

    FleetProjection(FleetAircraftRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(AircraftRegisteredEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        boolean alreadyApplied = repository.findById(event.aircraftId().value())
                .map(row -> row.version() >= sequenceNumber)
                .orElse(false);
        if (!alreadyApplied) {
            repository.save(FleetAircraft.registered(event, sequenceNumber, at));
        }
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    AircraftView find(FindAircraftQuery query) {
        return repository.findById(query.aircraftId().value()).map(FleetAircraft::toView).orElse(null);
    }

    @QueryHandler
    AircraftPage list(ListAircraftQuery query) {
        Specification<FleetAircraft> filter = Specification.allOf(
                equalTo("status", query.status()),
                equalTo("baseAirport", query.baseAirport() == null ? null : query.baseAirport().value()),
                equalTo("category", query.category()));
        Page<FleetAircraft> page = repository.findAll(filter,
                PageRequest.of(query.page(), query.size(), Sort.by("tailNumber")));
        return new AircraftPage(page.map(FleetAircraft::toView).getContent(), query.page(), query.size(),
                page.getTotalElements());
    }

    /** No predicate when the filter is absent. */
    private static Specification<FleetAircraft> equalTo(String attribute, Object value) {
        return value == null ? null : (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
