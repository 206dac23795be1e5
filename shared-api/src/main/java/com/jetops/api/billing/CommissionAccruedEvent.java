package com.jetops.api.billing;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Money;

/** The booking agent earned its commission: accrued when the client's payment is complete. */
public record CommissionAccruedEvent(InvoiceId invoiceId, BookingId bookingId, String agentId, Money amount) {
}
