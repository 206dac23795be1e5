package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the client's travel preferences. */
public record UpdateTravelPreferencesCommand(
        @TargetAggregateIdentifier ClientId clientId,
        TravelPreferences preferences) {
}
