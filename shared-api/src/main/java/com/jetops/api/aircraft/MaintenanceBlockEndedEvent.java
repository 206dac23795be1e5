package com.jetops.api.aircraft;

/** A maintenance block ended. */
public record MaintenanceBlockEndedEvent(
        AircraftId aircraftId,
        MaintenanceBlockId maintenanceBlockId) {
}
