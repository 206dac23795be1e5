package com.jetops.api.booking;

import com.jetops.api.client.ClientId;
import com.jetops.api.pricing.SpecialService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * A priced offer, reproducible: the itinerary and services asked for, the pricing-rule version,
 * the fleet utilization behind the demand multiplier, the quote time and, inside each option's
 * price, the exchange rate and every line. Up to 3 alternatives follow the offer.
 */
public record QuoteIssuedEvent(
        QuoteId quoteId,
        ClientId clientId,
        String agentId,
        List<ItineraryLeg> itinerary,
        Set<SpecialService> services,
        Currency currency,
        QuoteOption offer,
        List<QuoteOption> alternatives,
        long pricingRulesVersion,
        BigDecimal fleetUtilization,
        Instant issuedAt,
        Instant validUntil) {
}
