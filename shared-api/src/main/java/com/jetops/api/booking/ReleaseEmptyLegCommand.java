package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer's booking was cancelled: the host's positioning leg is empty again and on sale. */
public record ReleaseEmptyLegCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        int legIndex,
        BookingId buyerBookingId,
        String reason) {
}
