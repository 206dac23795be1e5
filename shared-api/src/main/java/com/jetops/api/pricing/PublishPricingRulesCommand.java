package com.jetops.api.pricing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the operator's pricing rules; quotes from then on use the new version. */
public record PublishPricingRulesCommand(@TargetAggregateIdentifier String policyId, PricingRules rules) {
}
