package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the client account; it can book nothing more. */
public record DeactivateClientCommand(
        @TargetAggregateIdentifier ClientId clientId,
        String reason) {
}
