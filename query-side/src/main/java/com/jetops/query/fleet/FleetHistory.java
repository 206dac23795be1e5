package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.query.infra.AsOf;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** One aircraft's fleet row as it was at an instant, for the as-of views of this and other contexts. */
@Component
public class FleetHistory {
    private final AsOf asOf;
    private final FleetAircraftRepository repository;

    FleetHistory(AsOf asOf, FleetAircraftRepository repository) {
        this.asOf = asOf;
        this.repository = repository;
    }

    /** The aircraft's events up to {@code at}, replayed through the live projection's handlers into memory. */
    Optional<FleetAircraft> asOf(AircraftId aircraftId, Instant at) {
        FleetAircraftRepository rows = AsOf.inMemory(FleetAircraftRepository.class, FleetAircraft::aircraftId);
        asOf.replay(new FleetProjection(rows, null, null, AsOf.NO_UPDATES), aircraftId.value(), at);
        return rows.findById(aircraftId.value());
    }

    /**
     * Writes the aircraft's row as at {@code at} into the current transaction's scratch copy of
     * the fleet table (see AsOf#inScratchTables), for another context's past view to join.
     */
    public void copyIntoScratchTable(AircraftId aircraftId, Instant at) {
        asOf(aircraftId, at).ifPresent(repository::saveAndFlush);
    }
}
