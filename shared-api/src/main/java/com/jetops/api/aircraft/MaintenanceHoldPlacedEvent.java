package com.jetops.api.aircraft;

import com.jetops.api.maintenance.MaintenanceItemId;

/** The aircraft is unairworthy until the item is signed off; it takes no reservation meanwhile. */
public record MaintenanceHoldPlacedEvent(AircraftId aircraftId, MaintenanceItemId maintenanceItemId, String reason) {
}
