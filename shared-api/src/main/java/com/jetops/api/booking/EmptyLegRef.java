package com.jetops.api.booking;

/** A positioning leg of a confirmed trip: the host booking and the leg's index in it. */
public record EmptyLegRef(BookingId hostBookingId, int legIndex) {
}
