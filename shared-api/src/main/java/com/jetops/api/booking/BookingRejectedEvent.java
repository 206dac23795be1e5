package com.jetops.api.booking;

/** The booking could not be fulfilled; the reason says what a person can act on. Nothing stays reserved. */
public record BookingRejectedEvent(BookingId bookingId, String reason) {
}
