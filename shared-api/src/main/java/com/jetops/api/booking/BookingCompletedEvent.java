package com.jetops.api.booking;

import java.time.Instant;

/** Every leg arrived. */
public record BookingCompletedEvent(BookingId bookingId, Instant completedAt) {
}
