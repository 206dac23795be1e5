package com.jetops.api.client;

/** A client was registered. */
public record ClientRegisteredEvent(
        ClientId clientId,
        ClientProfile profile) {
}
