package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.Money;
import java.time.LocalDate;
import java.util.List;

/** The work was signed off. */
public record MaintenanceItemCompletedEvent(
        MaintenanceItemId maintenanceItemId,
        AircraftId aircraftId,
        String signedOffBy,
        LocalDate completedOn,
        long airborneHoursAtCompletion,
        long cyclesAtCompletion,
        Money cost,
        List<String> partsUsed,
        String provider) {
}
