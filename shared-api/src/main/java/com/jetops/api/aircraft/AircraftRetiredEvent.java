package com.jetops.api.aircraft;

/** The aircraft left the fleet. */
public record AircraftRetiredEvent(
        AircraftId aircraftId,
        String reason) {
}
