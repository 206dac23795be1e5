package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The client accepts the proposed change and its price difference; the saga then re-reserves. */
public record AcceptBookingChangeCommand(@TargetAggregateIdentifier BookingId bookingId, ChangeId changeId) {
}
