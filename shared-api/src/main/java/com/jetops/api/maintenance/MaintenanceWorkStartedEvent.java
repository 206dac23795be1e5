package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.TimeWindow;

/** Work started; the aircraft should be blocked for the window. */
public record MaintenanceWorkStartedEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        TimeWindow workWindow,
        String description) {
}
