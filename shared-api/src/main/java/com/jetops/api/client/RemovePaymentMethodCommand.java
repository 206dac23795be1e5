package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a payment method by its token. */
public record RemovePaymentMethodCommand(
        @TargetAggregateIdentifier ClientId clientId,
        String token) {
}
