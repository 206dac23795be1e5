package com.jetops.api.pricing;

/** Extras a client may ask for with a quote; {@link PricingRules#servicePrices()} says what each costs. */
public enum SpecialService {
    /** Charged per passenger per revenue leg. */
    CATERING,
    /** Charged per trip end: once at the first departure, once at the last arrival. */
    GROUND_TRANSPORT,
    /** Charged per international revenue leg (departure and arrival in different countries). */
    CUSTOMS_HANDLING
}
