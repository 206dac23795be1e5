package com.jetops.api.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of a Client. A UUID, written as its string form everywhere. */
public record ClientId(String value) {

    public ClientId {
        value = Uuids.canonical(value, "clientId");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ClientId of(String value) {
        return new ClientId(value);
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
