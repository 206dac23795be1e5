package com.jetops.api.booking;

import com.jetops.api.privacy.DataSubject;

import com.jetops.api.common.Money;
import java.time.Instant;
import java.util.List;

/**
 * A change priced on the same aircraft: the new plan and price, and the difference to the
 * current total that the client must accept before {@code validUntil}.
 */
public record BookingChangeProposedEvent(
        @DataSubject BookingId bookingId,
        ChangeId changeId,
        List<ItineraryLeg> itinerary,
        QuoteOption option,
        List<Passenger> passengers,
        Money priceDifference,
        Instant validUntil) {
}
