package com.jetops.command.billing;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.billing.CommissionAccruedEvent;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.billing.InvoiceIssuedEvent;
import com.jetops.api.billing.InvoiceOverdueEvent;
import com.jetops.api.billing.InvoicePaidEvent;
import com.jetops.api.billing.IssueInvoiceCommand;
import com.jetops.api.billing.OwnerPaidOutEvent;
import com.jetops.api.billing.OwnerPayoutDueEvent;
import com.jetops.api.billing.PaymentRecordedEvent;
import com.jetops.api.billing.RecordOwnerPayoutCommand;
import com.jetops.api.billing.RecordPaymentCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.command.booking.BookingProperties;
import com.jetops.command.infra.EventClock;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the client owes for a booking, as an event-sourced document: issued once with its
 * number and lines, then payments until the balance is zero. On full payment the agent's
 * commission and the owner's earnings are accrued; the owner's payout is recorded when made.
 * Overdue when the due date passes with money owed (a persistent deadline).
 */
@SnapshotByFields
@Aggregate
public class Invoice {
    static final String DUE = "invoice-due";

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private BookingId bookingId;
    private String agentId;
    private String ownerId;
    private LocalDate dueOn;
    private AircraftId aircraftId;
    private PriceBreakdown price;
    private Money balance;
    private boolean paid;
    private boolean paidOut;

    protected Invoice() {
        // for Axon
    }

    /** Issued once: the same command again (a redelivered saga step) finds the invoice and changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueInvoiceCommand command, InvoiceNumbers numbers, BookingProperties properties,
                DeadlineManager deadlines) {
        if (invoiceId != null) {
            return;
        }
        Require.present(command.invoiceId(), "invoiceId");
        Require.present(command.bookingId(), "bookingId");
        Require.present(command.clientId(), "clientId");
        PriceBreakdown price = Require.present(command.price(), "price");
        LocalDate issuedOn = EventClock.today();
        LocalDate dueOn = issuedOn.plusDays(properties.paymentTerms().toDays());
        apply(new InvoiceIssuedEvent(command.invoiceId(), numbers.next(Year.from(issuedOn)), command.bookingId(),
                command.clientId(), command.agentId(), command.aircraftId(), command.ownerId(), price, issuedOn, dueOn));
        // Overdue from the first moment of the day after the due date (UTC).
        deadlines.schedule(dueOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), DUE);
    }

    @CommandHandler
    long handle(RecordPaymentCommand command) {
        if (paid) {
            throw new RuleViolationException(ErrorCode.INVOICE_STATE, null, "Invoice " + invoiceId + " is paid in full");
        }
        Money amount = Require.present(command.amount(), "amount");
        Require.that(amount, Money::isPositive, "amount", "a payment is a positive amount");
        Require.that(amount, a -> a.currency().equals(balance.currency()), "amount.currency",
                "the invoice is in " + balance.currency().getCurrencyCode());
        if (amount.amount().compareTo(balance.amount()) > 0) {
            throw new RuleViolationException(ErrorCode.OVERPAYMENT, "amount",
                    "Payment of " + amount + " exceeds the balance of " + balance);
        }
        String method = Require.paymentToken(command.methodReference(), "methodReference", 100);
        LocalDate receivedOn = Require.date(command.receivedOn(), "receivedOn");
        Require.that(receivedOn, d -> !d.isAfter(EventClock.today()), "receivedOn", "receivedOn must not be in the future");
        Money newBalance = new Money(balance.amount().subtract(amount.amount()), balance.currency());
        apply(new PaymentRecordedEvent(invoiceId, bookingId, amount, method, receivedOn, newBalance));
        if (newBalance.amount().signum() == 0) {
            apply(new InvoicePaidEvent(invoiceId, bookingId, receivedOn, price.platformFee()));
            if (price.commission().isPositive()) {
                apply(new CommissionAccruedEvent(invoiceId, bookingId, agentId, price.commission()));
            }
            if (price.ownerEarnings().isPositive()) {
                apply(new OwnerPayoutDueEvent(invoiceId, bookingId, aircraftId, ownerId, price.ownerEarnings()));
            }
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordOwnerPayoutCommand command) {
        if (!paid) {
            throw new RuleViolationException(ErrorCode.INVOICE_STATE, null,
                    "Invoice " + invoiceId + " is not paid yet; owners are paid from collected money");
        }
        if (paidOut) {
            throw new RuleViolationException(ErrorCode.INVOICE_STATE, null, "The owner's earnings are already paid out");
        }
        String reference = Require.text(command.payoutReference(), "payoutReference", 100);
        LocalDate paidOn = Require.date(command.paidOn(), "paidOn");
        apply(new OwnerPaidOutEvent(invoiceId, ownerId, price.ownerEarnings(), reference, paidOn));
        return AggregateLifecycle.getVersion();
    }

    @DeadlineHandler(deadlineName = DUE)
    void due() {
        if (!paid) {
            apply(new InvoiceOverdueEvent(invoiceId, bookingId, dueOn, balance));
        }
    }

    @EventSourcingHandler
    void on(InvoiceIssuedEvent event) {
        invoiceId = event.invoiceId();
        bookingId = event.bookingId();
        ownerId = event.ownerId();
        aircraftId = event.aircraftId();
        agentId = event.agentId();
        price = event.price();
        balance = price.total();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(PaymentRecordedEvent event) {
        balance = event.balance();
    }

    @EventSourcingHandler
    void on(InvoicePaidEvent event) {
        paid = true;
    }

    @EventSourcingHandler
    void on(OwnerPaidOutEvent event) {
        paidOut = true;
    }
}
