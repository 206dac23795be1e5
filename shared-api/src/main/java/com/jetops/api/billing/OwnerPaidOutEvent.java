package com.jetops.api.billing;

import com.jetops.api.common.Money;
import java.time.LocalDate;

public record OwnerPaidOutEvent(InvoiceId invoiceId, String ownerId, Money amount, String payoutReference,
                                LocalDate paidOn) {
}
