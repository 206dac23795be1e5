package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/**
 * The item is no longer overdue: a corrected flight log took its aircraft's totals back below
 * its due point (its date, if any, has not passed). It may become overdue again later.
 */
public record MaintenanceOverdueRevokedEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MaintenanceKind kind,
        DuePoint due,
        long airborneHours,
        long cycles) {
}
