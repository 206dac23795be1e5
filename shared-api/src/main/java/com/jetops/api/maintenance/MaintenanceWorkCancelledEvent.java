package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/** Started work was taken back; the item is planned again. */
public record MaintenanceWorkCancelledEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        String reason) {
}
