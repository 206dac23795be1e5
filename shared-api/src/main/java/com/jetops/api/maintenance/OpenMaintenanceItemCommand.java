package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a maintenance item for an aircraft; adNumber only for airworthiness directives, recurrence for repeating items. */
public record OpenMaintenanceItemCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        String adNumber,
        String description,
        DuePoint due,
        Recurrence recurrence) {
}
