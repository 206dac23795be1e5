package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the client's profile (a new e-mail must be free). */
public record UpdateClientProfileCommand(
        @TargetAggregateIdentifier ClientId clientId,
        ClientProfile profile) {
}
