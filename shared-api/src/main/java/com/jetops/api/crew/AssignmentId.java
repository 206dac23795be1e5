package com.jetops.api.crew;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** One assignment of a crew member to a booking's flights. A UUID, written as its string form everywhere. */
public record AssignmentId(String value) {

    public AssignmentId {
        value = Uuids.canonical(value, "assignmentId");
    }

    public static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static AssignmentId of(String value) {
        return new AssignmentId(value);
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
