package com.jetops.api.aircraft;

/** One aircraft as the fleet read model holds it; answers an {@link AircraftView} or null. */
public record FindAircraftQuery(AircraftId aircraftId) {
}
