package com.jetops.api.crew;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of a CrewMember. A UUID, written as its string form everywhere. */
public record CrewMemberId(String value) {

    public CrewMemberId {
        value = Uuids.canonical(value, "crewMemberId");
    }

    public static CrewMemberId random() {
        return new CrewMemberId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static CrewMemberId of(String value) {
        return new CrewMemberId(value);
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
