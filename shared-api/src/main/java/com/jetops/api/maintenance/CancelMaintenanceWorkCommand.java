package com.jetops.api.maintenance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes started work back (e.g. the aircraft could not be blocked); the item is planned again. */
public record CancelMaintenanceWorkCommand(
        @TargetAggregateIdentifier MaintenanceItemId maintenanceItemId,
        String reason) {
}
