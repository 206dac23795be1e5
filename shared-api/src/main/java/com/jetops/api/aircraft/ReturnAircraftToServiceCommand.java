package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a grounding. */
public record ReturnAircraftToServiceCommand(
        @TargetAggregateIdentifier AircraftId aircraftId) {
}
