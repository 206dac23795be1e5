package com.jetops.api.client;

import com.jetops.api.privacy.DataSubject;

/** The client's travel preferences were replaced. */
public record TravelPreferencesUpdatedEvent(
        @DataSubject ClientId clientId,
        TravelPreferences preferences) {
}
