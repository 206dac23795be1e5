package com.jetops.api.maintenance;

import com.jetops.api.common.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Signs the work off. */
public record CompleteMaintenanceItemCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        String signedOffBy,
        LocalDate completedOn,
        long airborneHoursAtCompletion,
        long cyclesAtCompletion,
        Money cost,
        List<String> partsUsed,
        String provider) {
}
