package com.jetops.api.booking;

import java.time.Instant;

public record LegDelayedEvent(BookingId bookingId, int legIndex, Instant estimatedDeparture, String reason,
                              boolean beyondControl) {
}
