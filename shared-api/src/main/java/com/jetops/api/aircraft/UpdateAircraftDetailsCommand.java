package com.jetops.api.aircraft;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces what an aircraft is and offers: specification, amenities, cabin layout, insurance and registration papers. */
public record UpdateAircraftDetailsCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        AircraftSpecification specification,
        Set<String> amenities,
        String interiorConfiguration,
        AircraftInsurance insurance,
        AircraftRegistration registration) {
}
