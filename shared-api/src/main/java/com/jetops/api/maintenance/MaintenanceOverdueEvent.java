package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/** The item's due point has passed (hours, cycles or date, whichever came first) and it is not signed off. */
public record MaintenanceOverdueEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        String adNumber,
        String description,
        DuePoint due) {
}
