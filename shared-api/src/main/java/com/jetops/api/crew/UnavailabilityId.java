package com.jetops.api.crew;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** One day off, leave or sickness window. A UUID, written as its string form everywhere. */
public record UnavailabilityId(String value) {

    public UnavailabilityId {
        value = Uuids.canonical(value, "unavailabilityId");
    }

    public static UnavailabilityId random() {
        return new UnavailabilityId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static UnavailabilityId of(String value) {
        return new UnavailabilityId(value);
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
