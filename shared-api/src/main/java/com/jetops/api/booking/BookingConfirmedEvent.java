package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.ReservationId;
import java.util.List;

/** Aircraft reserved for every leg, crew assigned: the trip will fly. */
public record BookingConfirmedEvent(
        BookingId bookingId,
        AircraftId aircraftId,
        List<ReservationId> reservations,
        List<CrewAssignment> crew) {
}
