package com.jetops.api.aircraft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** One blackout window in an aircraft's calendar. A UUID, written as its string form everywhere. */
public record BlackoutId(String value) {

    public BlackoutId {
        value = Uuids.canonical(value, "blackoutId");
    }

    public static BlackoutId random() {
        return new BlackoutId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static BlackoutId of(String value) {
        return new BlackoutId(value);
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
