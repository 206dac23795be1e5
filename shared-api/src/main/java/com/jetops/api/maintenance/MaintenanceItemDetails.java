package com.jetops.api.maintenance;

import java.util.List;

/** An item and everything that happened to it, oldest first. */
public record MaintenanceItemDetails(MaintenanceItemView item, List<MaintenanceStep> history) {
}
