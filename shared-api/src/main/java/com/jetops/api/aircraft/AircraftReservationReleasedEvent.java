package com.jetops.api.aircraft;

/** A reservation was given back; its window is free. */
public record AircraftReservationReleasedEvent(
        AircraftId aircraftId,
        ReservationId reservationId,
        String reason) {
}
