package com.jetops.api.client;

/** Service tier; drives concierge attention and, later, pricing rules. */
public enum VipStatus {
    STANDARD,
    SILVER,
    GOLD,
    PLATINUM
}
