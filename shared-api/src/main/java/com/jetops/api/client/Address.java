package com.jetops.api.client;

/** A postal address; {@code country} is an ISO 3166 two-letter code. */
public record Address(String line1, String line2, String city, String postalCode, String country) {
}
