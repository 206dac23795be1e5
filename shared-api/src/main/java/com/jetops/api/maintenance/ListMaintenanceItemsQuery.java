package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/**
 * Maintenance items across the fleet by any of: aircraft, status, kind, a due date within
 * {@code dueWithinDays} days (or already passed), overdue or not; null filters match everything.
 * Answers a {@link MaintenanceItemPage}.
 */
public record ListMaintenanceItemsQuery(
        AircraftId aircraftId,
        MaintenanceStatus status,
        MaintenanceKind kind,
        Integer dueWithinDays,
        Boolean overdue,
        int page,
        int size) {
}
