package com.jetops.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the fulfilment saga when the changed trip cannot be reserved or crewed; the booking stays as it was. */
public record RejectBookingChangeCommand(@TargetAggregateIdentifier BookingId bookingId, ChangeId changeId,
                                         String reason) {
}
