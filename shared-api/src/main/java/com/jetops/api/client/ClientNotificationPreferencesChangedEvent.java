package com.jetops.api.client;

import com.jetops.api.notification.NotificationKind;

import java.util.Set;

/** The notifications the client wants by e-mail from now on; kinds not listed are not sent. */
public record ClientNotificationPreferencesChangedEvent(
        ClientId clientId,
        Set<NotificationKind> email) {
}
