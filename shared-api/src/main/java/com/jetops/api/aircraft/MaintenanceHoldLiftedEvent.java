package com.jetops.api.aircraft;

import com.jetops.api.maintenance.MaintenanceItemId;

/** A maintenance hold ended; the aircraft flies again once no hold and no AOG grounding remain. */
public record MaintenanceHoldLiftedEvent(AircraftId aircraftId, MaintenanceItemId maintenanceItemId) {
}
