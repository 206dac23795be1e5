package com.jetops.api.booking;

import com.jetops.api.common.Money;

/** An extra charge for the trip, in the booking's currency; the invoice carries it as a line. */
public record BookingExtraAddedEvent(BookingId bookingId, String description, Money amount) {
}
