package com.jetops.api.booking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of a Quote. A UUID, written as its string form everywhere. */
public record QuoteId(String value) {

    public QuoteId {
        value = Uuids.canonical(value, "quoteId");
    }

    public static QuoteId random() {
        return new QuoteId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static QuoteId of(String value) {
        return new QuoteId(value);
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
