package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The trip carrying an empty-leg booking was cancelled: the empty-leg booking goes with it, free of charge. */
public record CancelWithHostCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BookingId hostBookingId,
        String reason) {
}
