package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.TimeWindow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A maintenance item as the query side shows it.
 *
 * @param tailNumber      from the fleet read model; null until the fleet shows the aircraft
 * @param due             the item's current due point (the next one after a recurrence); null for a defect
 *                        opened without one
 * @param deferral        the defect's MEL deferral, null when never deferred (cleared by a recurrence)
 * @param workWindow      while IN_WORK: the window the aircraft is blocked for
 * @param dueNext         null for a completed item and for an open one without any limit
 * @param dueSoon         the item has warned it is near its due point (or is overdue)
 * @param overdue         past a limit: as the item has signalled it, or as its margins show now
 * @param version         sequence number of the item's last event this view reflects
 */
public record MaintenanceItemView(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        String tailNumber,
        MaintenanceKind kind,
        String adNumber,
        String description,
        MaintenanceStatus status,
        boolean nonDeferrable,
        DuePoint due,
        Recurrence recurrence,
        MelDeferral deferral,
        TimeWindow workWindow,
        LocalDate lastCompletedOn,
        DueNext dueNext,
        boolean dueSoon,
        boolean overdue,
        Instant openedAt,
        long version) {
}
