package com.jetops.api.aircraft;

/** A blackout window was reopened. */
public record BlackoutRemovedEvent(
        AircraftId aircraftId,
        BlackoutId blackoutId) {
}
