package com.jetops.api.aircraft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** One flown leg of an aircraft, named so its flight-log entry can be corrected. A UUID. */
public record FlightLegId(String value) {

    public FlightLegId {
        value = Uuids.canonical(value, "flightLegId");
    }

    /**
     * A leg's id, derived from its aircraft and original block-off (an aircraft blocks off once
     * at a time), so legs recorded before ids existed get the same id on every replay, and the
     * id stays when a correction changes the block-off.
     */
    public static FlightLegId ofLeg(AircraftId aircraftId, Instant blockOff) {
        return new FlightLegId(UUID.nameUUIDFromBytes((aircraftId + "/" + blockOff)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator
    public static FlightLegId of(String value) {
        return new FlightLegId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
