package com.jetops.api.booking;

/** The change could not be made; the booking keeps its confirmed plan. */
public record BookingChangeRejectedEvent(BookingId bookingId, ChangeId changeId, String reason) {
}
