package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TailNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Adds an aircraft to the operator's fleet; it starts AVAILABLE at its base airport. */
public record RegisterAircraftCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        TailNumber tailNumber,
        AircraftSpecification specification,
        IcaoCode baseAirport,
        Set<String> amenities) {

    public RegisterAircraftCommand {
        amenities = amenities == null ? Set.of() : Set.copyOf(amenities);
    }
}
