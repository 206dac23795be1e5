package com.jetops.api.maintenance;

import java.time.LocalDate;
import java.util.List;

/**
 * Overdue items first, then the items due within the windows, soonest first: ranked by the
 * smallest share of its window an item has left (daysLeft / days, hoursLeft / hours,
 * cyclesLeft / cycles). Margins are as of {@code asOf} (UTC).
 */
public record MaintenanceDueList(LocalDate asOf, int days, long hours, long cycles, List<MaintenanceItemView> items) {
}
