package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the aircraft out of the fleet for good; it accepts nothing afterwards. */
public record RetireAircraftCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        String reason) {
}
