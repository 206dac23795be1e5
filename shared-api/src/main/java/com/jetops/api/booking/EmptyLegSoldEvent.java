package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.ReservationId;

import java.util.List;

/**
 * A positioning leg of booking {@code bookingId} became a revenue leg of {@code buyerBookingId}:
 * the host's aircraft, reservation and crew fly it.
 */
public record EmptyLegSoldEvent(
        BookingId bookingId,
        int legIndex,
        BookingId buyerBookingId,
        int passengers,
        AircraftId aircraftId,
        ReservationId reservationId,
        List<CrewAssignment> crew) {
}
