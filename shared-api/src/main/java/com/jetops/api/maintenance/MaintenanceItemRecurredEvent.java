package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/** A recurring item re-opened itself with its next due point. */
public record MaintenanceItemRecurredEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        DuePoint due) {
}
