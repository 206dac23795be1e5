package com.jetops.api.aircraft;

import com.jetops.api.maintenance.MaintenanceItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An unairworthy item (an overdue airworthiness item, a non-deferrable defect) grounds the
 * aircraft until that item is signed off. One hold per item: placing it again changes nothing.
 */
public record PlaceMaintenanceHoldCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        MaintenanceItemId maintenanceItemId,
        String reason) {
}
