package com.jetops.api.client;

/** A payment method was removed. */
public record PaymentMethodRemovedEvent(
        ClientId clientId,
        String token) {
}
