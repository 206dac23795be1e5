package com.jetops.api.maintenance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tells an item its aircraft's totals after a flown leg or a flight-log correction, so it can
 * tell whether it is due (or, after a correction, no longer overdue).
 */
public record TrackAircraftUtilizationCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        long airborneHours,
        long cycles) {
}
