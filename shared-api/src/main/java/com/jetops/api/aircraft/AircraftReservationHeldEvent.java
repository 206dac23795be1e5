package com.jetops.api.aircraft;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;

/** The aircraft is held for a booking over the window. */
public record AircraftReservationHeldEvent(
        AircraftId aircraftId,
        ReservationId reservationId,
        BookingId bookingId,
        TimeWindow window) {
}
