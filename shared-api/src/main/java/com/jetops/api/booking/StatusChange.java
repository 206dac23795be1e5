package com.jetops.api.booking;

import java.time.Instant;

/** One step of a booking's history: when, the status reached, and what happened. */
public record StatusChange(Instant at, BookingStatus status, String note) {
}
