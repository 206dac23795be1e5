package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/**
 * A maintenance item was opened. nonDeferrable is true or false for a defect and null for
 * every other kind (and in events written before the field existed, where it means false).
 */
public record MaintenanceItemOpenedEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        String adNumber,
        String description,
        DuePoint due,
        Recurrence recurrence,
        Boolean nonDeferrable) {
}
