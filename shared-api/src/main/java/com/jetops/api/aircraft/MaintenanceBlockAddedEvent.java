package com.jetops.api.aircraft;

import com.jetops.api.common.TimeWindow;

/** The calendar is blocked for maintenance. */
public record MaintenanceBlockAddedEvent(
        AircraftId aircraftId,
        MaintenanceBlockId maintenanceBlockId,
        TimeWindow window,
        String reason) {
}
