package com.jetops.api.client;

/** The client's profile was replaced. */
public record ClientProfileUpdatedEvent(
        ClientId clientId,
        ClientProfile profile) {
}
