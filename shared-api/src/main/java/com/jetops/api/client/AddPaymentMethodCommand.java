package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a tokenized payment method. */
public record AddPaymentMethodCommand(
        @TargetAggregateIdentifier ClientId clientId,
        PaymentMethodReference paymentMethod) {
}
