package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a client: individual or corporate, with contact, billing address and emergency contacts. */
public record RegisterClientCommand(
        @TargetAggregateIdentifier ClientId clientId,
        ClientProfile profile) {
}
