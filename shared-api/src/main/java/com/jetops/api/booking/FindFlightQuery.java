package com.jetops.api.booking;

public record FindFlightQuery(BookingId bookingId) {
}
