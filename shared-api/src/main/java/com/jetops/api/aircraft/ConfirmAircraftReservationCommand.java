package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turns a held reservation into a confirmed one. */
public record ConfirmAircraftReservationCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        ReservationId reservationId) {
}
