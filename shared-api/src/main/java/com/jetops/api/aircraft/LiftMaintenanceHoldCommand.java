package com.jetops.api.aircraft;

import com.jetops.api.maintenance.MaintenanceItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The item behind a maintenance hold was signed off. */
public record LiftMaintenanceHoldCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        MaintenanceItemId maintenanceItemId) {
}
