package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a maintenance block (work finished or cancelled). */
public record EndMaintenanceBlockCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        MaintenanceBlockId maintenanceBlockId) {
}
