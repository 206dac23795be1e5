package com.jetops.api.maintenance;

import java.util.List;

/** One page of maintenance items; {@code total} counts every match, not just this page. */
public record MaintenanceItemPage(List<MaintenanceItemView> items, int page, int size, long total) {
}
