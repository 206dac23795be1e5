package com.jetops.api.client;

/**
 * A payment method as the payment provider tokenized it. Card numbers never enter JetOps: only
 * the provider's token, the brand and the last four digits for display.
 */
public record PaymentMethodReference(String token, String brand, String lastFour) {
}
