package com.jetops.api.booking;

import com.jetops.api.billing.InvoiceId;

public record BookingPaidEvent(BookingId bookingId, InvoiceId invoiceId) {
}
