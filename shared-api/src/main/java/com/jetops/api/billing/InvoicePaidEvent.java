package com.jetops.api.billing;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Money;
import java.time.LocalDate;

/** Paid in full: the platform keeps its fee; commission and owner earnings are accrued alongside. */
public record InvoicePaidEvent(InvoiceId invoiceId, BookingId bookingId, LocalDate paidOn, Money platformFee) {
}
