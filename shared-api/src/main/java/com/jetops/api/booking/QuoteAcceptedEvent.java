package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;

/** The quote became a booking; it cannot be booked twice. */
public record QuoteAcceptedEvent(QuoteId quoteId, BookingId bookingId, AircraftId aircraftId) {
}
