package com.jetops.api.client;

/** A tokenized payment method was added. */
public record PaymentMethodAddedEvent(
        ClientId clientId,
        PaymentMethodReference paymentMethod) {
}
