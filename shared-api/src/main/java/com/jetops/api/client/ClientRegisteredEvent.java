package com.jetops.api.client;

import com.jetops.api.privacy.DataSubject;

/** A client was registered. */
public record ClientRegisteredEvent(
        @DataSubject ClientId clientId,
        ClientProfile profile) {
}
