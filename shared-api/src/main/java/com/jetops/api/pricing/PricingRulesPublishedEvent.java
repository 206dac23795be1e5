package com.jetops.api.pricing;

import java.time.Instant;

/** A new version of the pricing rules; every quote names the version it was priced with. */
public record PricingRulesPublishedEvent(String policyId, long version, PricingRules rules, Instant publishedAt) {
}
