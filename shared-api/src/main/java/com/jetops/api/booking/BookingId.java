package com.jetops.api.booking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of a Booking. A UUID, written as its string form everywhere. */
public record BookingId(String value) {

    public BookingId {
        value = Uuids.canonical(value, "bookingId");
    }

    public static BookingId random() {
        return new BookingId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static BookingId of(String value) {
        return new BookingId(value);
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
