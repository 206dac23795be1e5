package com.jetops.command.billing;

import com.jetops.api.billing.InvoiceId;
import com.jetops.api.billing.RecordOwnerPayoutCommand;
import com.jetops.api.billing.RecordPaymentCommand;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping("/invoices")
@Tag(name = "Invoices", description = "Payments against invoices and owner payouts")
class InvoiceController {
    private final CommandGateway commandGateway;

    InvoiceController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record Payment(Money amount, String methodReference, LocalDate receivedOn) {
    }

    record Payout(String payoutReference, LocalDate paidOn) {
    }

    record Accepted(String invoiceId, long version) {
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "Record a full or partial payment (provider token, never a card number); the last one "
            + "marks the invoice and booking PAID and accrues commission and owner earnings")
    Accepted pay(@PathVariable("id") String id, @RequestBody Payment payment) {
        InvoiceId invoiceId = invoiceId(id);
        return send(invoiceId, new RecordPaymentCommand(invoiceId, payment.amount(), payment.methodReference(),
                payment.receivedOn()));
    }

    @PostMapping("/{id}/owner-payout")
    @Operation(summary = "Record that the aircraft owner's earnings from a paid invoice were paid out")
    Accepted payout(@PathVariable("id") String id, @RequestBody Payout payout) {
        InvoiceId invoiceId = invoiceId(id);
        return send(invoiceId, new RecordOwnerPayoutCommand(invoiceId, payout.payoutReference(), payout.paidOn()));
    }

    private Accepted send(InvoiceId invoiceId, Object command) {
        Long version = commandGateway.sendAndWait(command);
        return new Accepted(invoiceId.value(), version == null ? 0 : version);
    }

    private static InvoiceId invoiceId(String id) {
        return Require.parsed("id", () -> InvoiceId.of(id));
    }
}
