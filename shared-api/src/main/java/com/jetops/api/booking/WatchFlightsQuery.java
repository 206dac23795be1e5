package com.jetops.api.booking;

/**
 * A live feed of flight views: one booking's, or (bookingId null) every booking's. The initial
 * answer is the booking, or the flights departing from 12 h ago to 48 h ahead (the ops board).
 */
public record WatchFlightsQuery(BookingId bookingId) {
    public boolean shows(FlightView view) {
        return bookingId == null || bookingId.equals(view.bookingId());
    }
}
