package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a maintenance item for an aircraft; adNumber only for airworthiness directives,
 * recurrence for repeating items. nonDeferrable only for a defect (null means false): such a
 * defect grounds the aircraft from the moment it is opened until it is completed, and cannot be
 * deferred under the MEL.
 */
public record OpenMaintenanceItemCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        String adNumber,
        String description,
        DuePoint due,
        Recurrence recurrence,
        Boolean nonDeferrable) {
}
