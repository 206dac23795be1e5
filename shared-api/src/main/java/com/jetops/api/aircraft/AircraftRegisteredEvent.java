package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TailNumber;

import java.util.Set;

/** An aircraft joined the fleet at its base airport, AVAILABLE. */
public record AircraftRegisteredEvent(
        AircraftId aircraftId,
        TailNumber tailNumber,
        AircraftSpecification specification,
        IcaoCode baseAirport,
        Set<String> amenities) {
}
