package com.jetops.api.booking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of a proposed change to a booking. */
public record ChangeId(String value) {

    public ChangeId {
        value = Uuids.canonical(value, "changeId");
    }

    public static ChangeId random() {
        return new ChangeId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ChangeId of(String value) {
        return new ChangeId(value);
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
