package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

import java.util.List;

/**
 * One aircraft's maintenance: its open items, overdue first and then soonest first (ranked as
 * the due list ranks them with its default windows), and a page of its sign-offs, newest first.
 *
 * @param tailNumber     null until the fleet read model shows the aircraft
 * @param airborneHours  whole airborne hours, as items count them
 * @param completedTotal every sign-off of the aircraft, not just this page
 */
public record AircraftMaintenance(
        AircraftId aircraftId,
        String tailNumber,
        long airborneHours,
        long cycles,
        List<MaintenanceItemView> dueNext,
        List<MaintenanceCompletionView> completed,
        int page,
        int size,
        long completedTotal) {
}
