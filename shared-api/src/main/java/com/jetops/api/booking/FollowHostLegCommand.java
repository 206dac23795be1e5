package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An empty-leg booking's one leg is flown by its host trip: the host's fulfilment passes on what
 * operations reported there ({@code report} with leg index 0). Reports sent directly are refused.
 */
public record FollowHostLegCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BookingId hostBookingId,
        ReportFlightStatusCommand report) {
}
