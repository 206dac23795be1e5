package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a blackout window. */
public record RemoveBlackoutCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        BlackoutId blackoutId) {
}
