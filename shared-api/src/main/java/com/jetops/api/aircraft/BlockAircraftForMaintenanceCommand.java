package com.jetops.api.aircraft;

import com.jetops.api.common.TimeWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Blocks the calendar for maintenance work. */
public record BlockAircraftForMaintenanceCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        MaintenanceBlockId maintenanceBlockId,
        TimeWindow window,
        String reason) {
}
