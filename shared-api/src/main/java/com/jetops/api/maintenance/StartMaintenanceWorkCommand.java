package com.jetops.api.maintenance;

import com.jetops.api.common.TimeWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts the work; the aircraft is blocked for the work window. */
public record StartMaintenanceWorkCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        TimeWindow workWindow) {
}
