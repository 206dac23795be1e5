package com.jetops.api.booking;

import com.jetops.api.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A cost incurred on the trip beyond the quote, to be billed with it (before the trip completes). */
public record AddBookingExtraCommand(@TargetAggregateIdentifier BookingId bookingId, String description, Money amount) {
}
