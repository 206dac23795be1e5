package com.jetops.api.billing;

import com.jetops.api.common.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Money received against the invoice (full or partial); {@code methodReference} is a provider token, never a card number. */
public record RecordPaymentCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        Money amount,
        String methodReference,
        LocalDate receivedOn) {
}
