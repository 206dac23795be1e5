package com.jetops.api.aircraft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of an Aircraft aggregate: a UUID, written as its string form everywhere. */
public record AircraftId(String value) {

    public AircraftId {
        value = Uuids.canonical(value, "aircraftId");
    }

    public static AircraftId random() {
        return new AircraftId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static AircraftId of(String value) {
        return new AircraftId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon routes commands by the target identifier's toString(). */
    @Override
    public String toString() {
        return value;
    }
}
