package com.jetops.api.booking;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Another itinerary (times, legs) and/or manifest for a confirmed booking: planned and priced, not yet applied. */
public record ProposeBookingChangeCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        ChangeId changeId,
        List<ItineraryLeg> legs,
        List<Passenger> passengers) {
}
