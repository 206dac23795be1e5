package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/** A maintenance item was opened. */
public record MaintenanceItemOpenedEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        String adNumber,
        String description,
        DuePoint due,
        Recurrence recurrence) {
}
