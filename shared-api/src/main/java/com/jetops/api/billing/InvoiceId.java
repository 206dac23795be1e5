package com.jetops.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of an Invoice. A UUID, written as its string form everywhere. */
public record InvoiceId(String value) {

    public InvoiceId {
        value = Uuids.canonical(value, "invoiceId");
    }

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static InvoiceId of(String value) {
        return new InvoiceId(value);
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
