package com.jetops.api.aircraft;

/** The aircraft was returned to service. */
public record AircraftReturnedToServiceEvent(
        AircraftId aircraftId) {
}
