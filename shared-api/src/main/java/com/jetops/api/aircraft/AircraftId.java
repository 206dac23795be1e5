package com.jetops.api.aircraft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;

import java.util.UUID;

/** Identity of an Aircraft aggregate: a UUID, written as its string form everywhere. */
public record AircraftId(String value) {

    public AircraftId {
        Require.present(value, "aircraftId");
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "aircraftId", "'" + value + "' is not a UUID");
        }
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
