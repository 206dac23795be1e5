package com.jetops.api.aircraft;

import com.jetops.api.maintenance.MaintenanceItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An overdue airworthiness item grounds the aircraft until that item is signed off. */
public record PlaceMaintenanceHoldCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        MaintenanceItemId maintenanceItemId,
        String reason) {
}
