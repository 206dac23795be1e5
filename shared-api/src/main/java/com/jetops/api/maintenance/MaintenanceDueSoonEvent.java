package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/** The item's due point is near: within the warning margin of hours or cycles, or 30 days of its date. */
public record MaintenanceDueSoonEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        DuePoint due) {
}
