package com.jetops.api.aircraft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records who owns the aircraft (the owner user id), for payouts. */
public record AssignAircraftOwnerCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        String ownerId) {
}
