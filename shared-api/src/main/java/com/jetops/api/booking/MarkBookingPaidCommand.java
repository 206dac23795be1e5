package com.jetops.api.booking;

import com.jetops.api.billing.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the fulfilment saga when the booking's invoice is paid in full. */
public record MarkBookingPaidCommand(@TargetAggregateIdentifier BookingId bookingId, InvoiceId invoiceId) {
}
