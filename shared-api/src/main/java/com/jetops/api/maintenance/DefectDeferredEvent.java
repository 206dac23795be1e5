package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;
import java.time.LocalDate;

/** A defect was deferred until the date. */
public record DefectDeferredEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        MelCategory category,
        String melReference,
        LocalDate deferredUntil) {
}
