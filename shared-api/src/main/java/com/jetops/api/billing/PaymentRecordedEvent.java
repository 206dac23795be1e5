package com.jetops.api.billing;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Money;
import java.time.LocalDate;

public record PaymentRecordedEvent(
        InvoiceId invoiceId,
        BookingId bookingId,
        Money amount,
        String methodReference,
        LocalDate receivedOn,
        Money balance) {
}
