package com.jetops.api.booking;

import com.jetops.api.billing.InvoiceId;

public record BookingInvoicedEvent(BookingId bookingId, InvoiceId invoiceId) {
}
