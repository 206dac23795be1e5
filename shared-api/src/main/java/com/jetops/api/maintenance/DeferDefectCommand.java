package com.jetops.api.maintenance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defers a defect under the minimum equipment list; category A needs the MEL item's own limit date. */
public record DeferDefectCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        MelCategory category,
        String melReference,
        LocalDate deferredUntil) {
}
