package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Books a valid quote for its offer or one of its alternatives ({@code aircraftId}, null: the offer). */
public record AcceptQuoteCommand(
        @TargetAggregateIdentifier QuoteId quoteId,
        BookingId bookingId,
        AircraftId aircraftId,
        List<Passenger> passengers) {
}
