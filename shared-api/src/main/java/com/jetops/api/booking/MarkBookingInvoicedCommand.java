package com.jetops.api.booking;

import com.jetops.api.billing.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the fulfilment saga when the invoice for a completed booking is issued. */
public record MarkBookingInvoicedCommand(@TargetAggregateIdentifier BookingId bookingId, InvoiceId invoiceId) {
}
