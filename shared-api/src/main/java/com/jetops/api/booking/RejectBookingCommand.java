package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the fulfilment saga when it cannot reserve the aircraft or a legal crew (after compensating). */
public record RejectBookingCommand(@TargetAggregateIdentifier BookingId bookingId, String reason) {
}
