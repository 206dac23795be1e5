package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.client.ClientId;
import com.jetops.api.pricing.SpecialService;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Prices an itinerary (1 to 10 legs) for a client, optionally through an agent. {@code aircraftId}
 * or {@code category} narrow the search; without them the cheapest aircraft that fits is offered.
 */
public record RequestQuoteCommand(
        @TargetAggregateIdentifier QuoteId quoteId,
        ClientId clientId,
        String agentId,
        List<ItineraryLeg> legs,
        AircraftId aircraftId,
        AircraftCategory category,
        Set<SpecialService> services,
        Currency currency) {
}
