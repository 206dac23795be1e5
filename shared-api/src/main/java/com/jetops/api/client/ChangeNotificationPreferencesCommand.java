package com.jetops.api.client;

import com.jetops.api.notification.NotificationKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Replaces which notifications the client wants by e-mail (an empty set: none). */
public record ChangeNotificationPreferencesCommand(
        @TargetAggregateIdentifier ClientId clientId,
        Set<NotificationKind> email) {
}
