package com.jetops.api.maintenance;

/** One maintenance item with its history; answers a {@link MaintenanceItemDetails} or null. */
public record FindMaintenanceItemQuery(MaintenanceItemId maintenanceItemId) {
}
