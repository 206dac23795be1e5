package com.jetops.command.aircraft;

import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegId;
import com.jetops.platform.eventstore.SnapshotByFields;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of the aircraft's last {@value #LIMIT} recorded legs, so a flight-log correction
 * can be checked against what was recorded. Older legs are forgotten to keep the aggregate and
 * its snapshot small (~30 kB at the limit); 200 legs are months of flying for a charter jet,
 * and a correction older than that goes through maintenance records, not the flight log.
 */
@SnapshotByFields
class RecentFlightLegs {
    static final int LIMIT = 200;

    /** In recording order, oldest first. */
    private final LinkedHashMap<FlightLegId, FlightLegFigures> legs = new LinkedHashMap<>();

    Optional<FlightLegFigures> figures(FlightLegId id) {
        return Optional.ofNullable(legs.get(id));
    }

    /** A recorded leg a new one would repeat: the same id, or a block-off a correction moved it to. */
    Optional<FlightLegId> sameLeg(FlightLegId id, Instant blockOff) {
        return legs.entrySet().stream()
                .filter(leg -> leg.getKey().equals(id) || leg.getValue().blockOff().equals(blockOff))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    void record(FlightLegId id, FlightLegFigures figures) {
        legs.put(id, figures);
        if (legs.size() > LIMIT) {
            legs.remove(legs.keySet().iterator().next());
        }
    }

    void correct(FlightLegId id, FlightLegFigures figures) {
        legs.replace(id, figures);
    }

    /**
     * Another leg that a new block-on would move this leg past (or onto): a correction fixes a
     * leg's figures, it does not reorder the flight log, so the latest leg stays the latest.
     */
    Optional<Map.Entry<FlightLegId, FlightLegFigures>> passedBy(FlightLegId id, Instant newBlockOn) {
        Instant oldBlockOn = legs.get(id).blockOn();
        return legs.entrySet().stream()
                .filter(other -> !other.getKey().equals(id))
                .filter(other -> Integer.signum(other.getValue().blockOn().compareTo(oldBlockOn))
                        != Integer.signum(other.getValue().blockOn().compareTo(newBlockOn)))
                .findFirst();
    }
}
