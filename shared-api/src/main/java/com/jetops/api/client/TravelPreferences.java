package com.jetops.api.client;

import com.jetops.api.privacy.PersonalData;

import java.util.List;

/**
 * What makes a trip right for this client.
 *
 * @param preferredAircraftCategories categories to offer first, e.g. HEAVY_JET
 * @param notificationChannels        how to send confirmations and flight updates (EMAIL, SMS)
 */
public record TravelPreferences(
        @PersonalData List<String> dietaryRestrictions,
        @PersonalData String specialRequests,
        List<String> preferredAircraftCategories,
        List<String> notificationChannels) {
}
