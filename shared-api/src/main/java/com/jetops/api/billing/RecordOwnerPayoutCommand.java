package com.jetops.api.billing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner's earnings from this invoice were paid out (bank transfer reference). */
public record RecordOwnerPayoutCommand(@TargetAggregateIdentifier InvoiceId invoiceId, String payoutReference,
                                       LocalDate paidOn) {
}
