package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a held or confirmed reservation back; the window is free again. */
public record ReleaseAircraftReservationCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        ReservationId reservationId,
        String reason) {
}
