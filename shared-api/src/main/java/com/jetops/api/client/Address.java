package com.jetops.api.client;

import com.jetops.api.privacy.PersonalData;

/** A postal address; {@code country} is an ISO 3166 two-letter code. */
public record Address(@PersonalData String line1, @PersonalData String line2, @PersonalData String city,
                      @PersonalData String postalCode, String country) {
}
