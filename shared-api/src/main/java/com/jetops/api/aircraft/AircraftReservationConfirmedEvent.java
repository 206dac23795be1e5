package com.jetops.api.aircraft;

/** A held reservation was confirmed. */
public record AircraftReservationConfirmedEvent(
        AircraftId aircraftId,
        ReservationId reservationId) {
}
