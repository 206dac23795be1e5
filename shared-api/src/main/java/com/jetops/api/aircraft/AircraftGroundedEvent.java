package com.jetops.api.aircraft;

/** The aircraft was grounded. */
public record AircraftGroundedEvent(
        AircraftId aircraftId,
        String reason) {
}
