package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Aircraft on ground: it may not fly until returned to service (AOG, overdue maintenance). */
public record GroundAircraftCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        String reason) {
}
