package com.jetops.api.maintenance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells an item its aircraft's totals after a flown leg, so it can tell whether it is due. */
public record TrackAircraftUtilizationCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        long airborneHours,
        long cycles) {
}
