package com.jetops.api.aircraft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** One reservation in an aircraft's calendar. A UUID, written as its string form everywhere. */
public record ReservationId(String value) {

    public ReservationId {
        value = Uuids.canonical(value, "reservationId");
    }

    public static ReservationId random() {
        return new ReservationId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ReservationId of(String value) {
        return new ReservationId(value);
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
