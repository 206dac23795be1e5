package com.jetops.api.client;

/** The client's travel preferences were replaced. */
public record TravelPreferencesUpdatedEvent(
        ClientId clientId,
        TravelPreferences preferences) {
}
