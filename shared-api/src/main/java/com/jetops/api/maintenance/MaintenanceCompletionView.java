package com.jetops.api.maintenance;

import com.jetops.api.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One sign-off in an aircraft's maintenance history; {@code due} is the due point the work
 * answered (a recurring item is signed off once per due point).
 */
public record MaintenanceCompletionView(
        MaintenanceItemId maintenanceItemId,
        MaintenanceKind kind,
        String adNumber,
        String description,
        DuePoint due,
        LocalDate completedOn,
        long airborneHoursAtCompletion,
        long cyclesAtCompletion,
        String signedOffBy,
        Money cost,
        List<String> partsUsed,
        String provider) {
}
