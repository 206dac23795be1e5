package com.jetops.api.client;

import com.jetops.api.privacy.DataSubject;

/** The client's profile was replaced. */
public record ClientProfileUpdatedEvent(
        @DataSubject ClientId clientId,
        ClientProfile profile) {
}
