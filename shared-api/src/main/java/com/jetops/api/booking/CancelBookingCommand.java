package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The client (or operations) cancels before departure; the fee follows the notice given. */
public record CancelBookingCommand(@TargetAggregateIdentifier BookingId bookingId, String reason) {
}
