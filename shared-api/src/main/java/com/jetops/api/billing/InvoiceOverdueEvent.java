package com.jetops.api.billing;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Money;
import java.time.LocalDate;

/** The due date passed with money still owed. */
public record InvoiceOverdueEvent(InvoiceId invoiceId, BookingId bookingId, LocalDate dueOn, Money balance) {
}
