package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent to the host booking by the buyer's fulfilment: its positioning leg {@code legIndex} now
 * carries {@code passengers} of booking {@code buyerBookingId}. Answers the {@link EmptyLegSoldEvent}.
 */
public record SellEmptyLegCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        int legIndex,
        BookingId buyerBookingId,
        int passengers) {
}
