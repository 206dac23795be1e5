package com.jetops.api.booking;

import com.jetops.api.privacy.DataSubject;
import com.jetops.api.privacy.DataSubjectOwner;

import com.jetops.api.client.ClientId;
import com.jetops.api.pricing.SpecialService;
import java.util.List;
import java.util.Set;

/** A client accepted a quote: the fulfilment saga now reserves the aircraft and a legal crew. */
public record BookingRequestedEvent(
        @DataSubject BookingId bookingId,
        QuoteId quoteId,
        @DataSubjectOwner ClientId clientId,
        String agentId,
        QuoteOption option,
        List<Passenger> passengers,
        Set<SpecialService> services) {
}
