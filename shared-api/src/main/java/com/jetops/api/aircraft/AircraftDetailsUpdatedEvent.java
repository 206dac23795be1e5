package com.jetops.api.aircraft;

import java.util.Set;

/** The aircraft's details were replaced. */
public record AircraftDetailsUpdatedEvent(
        AircraftId aircraftId,
        AircraftSpecification specification,
        Set<String> amenities,
        String interiorConfiguration,
        AircraftInsurance insurance,
        AircraftRegistration registration) {
}
