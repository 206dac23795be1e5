package com.jetops.api.booking;

public record EmptyLegReleasedEvent(
        BookingId bookingId,
        int legIndex,
        BookingId buyerBookingId,
        String reason) {
}
