package com.jetops.api.booking;

import java.time.Instant;

public record LegDepartedEvent(BookingId bookingId, int legIndex, Instant blockOff) {
}
