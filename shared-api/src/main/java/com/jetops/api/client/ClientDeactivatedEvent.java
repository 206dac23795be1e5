package com.jetops.api.client;

/** The client account was closed. */
public record ClientDeactivatedEvent(
        ClientId clientId,
        String reason) {
}
