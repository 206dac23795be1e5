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
import com.jetops.api.client.ClientId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.command.booking.BookingProperties;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static com.jetops.command.Refusals.refusedSaying;

class InvoiceTest {
    private static final InvoiceId INVOICE = InvoiceId.of("0f5d2b8a-6c7e-4d1f-9ab2-4c5e6f7a8b92");
    private static final BookingId BOOKING = BookingId.of("6b1f8d4c-2e3a-4f7b-8c9d-0e1f2a3b4c5d");
    private static final ClientId CLIENT = ClientId.of("7c2a9e5d-3f4b-4a8c-9dae-1f2b3c4d5e6f");
    private static final AircraftId AIRCRAFT = AircraftId.of("8d3b0f6e-4a5c-4b9d-8ebf-2a3c4d5e6f70");
    private static final Instant NOW = Instant.parse("2026-12-11T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-11");

    /** 10,000.00 subtotal + 750.00 tax; agent 5 % = 500.00, platform 10 % = 1,000.00, owner 8,500.00. */
    private static final PriceBreakdown PRICE = new PriceBreakdown(Currency.getInstance("USD"), BigDecimal.ONE,
            List.of(new PriceLine(PriceLineKind.BASE, "KTEB→KVNY", 0, Money.of("10000.00", "USD")),
                    new PriceLine(PriceLineKind.TAX, "US-FET 7.5 %", 0, Money.of("750.00", "USD"))),
            Money.of("10000.00", "USD"), Money.of("750.00", "USD"), Money.of("10750.00", "USD"),
            BigDecimal.valueOf(5), Money.of("500.00", "USD"), BigDecimal.valueOf(10), Money.of("1000.00", "USD"),
            Money.of("8500.00", "USD"), List.of());

    private static final InvoiceIssuedEvent ISSUED = new InvoiceIssuedEvent(INVOICE, "JET-2026-000001", BOOKING, CLIENT,
            "agent-7", AIRCRAFT, "owner-17", PRICE, TODAY, TODAY.plusDays(14));

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource((InvoiceNumbers) year -> "JET-" + year + "-000001");
        fixture.registerInjectableResource(BookingProperties.defaults());
    }

    private static RecordPaymentCommand pay(String amount) {
        return new RecordPaymentCommand(INVOICE, Money.of(amount, "USD"), "tok_visa_4242", TODAY);
    }

    @Test
    void issuesANumberedInvoiceDueInFourteenDaysAndWatchesTheDueDate() {
        fixture.givenCurrentTime(NOW)
                .when(new IssueInvoiceCommand(INVOICE, BOOKING, CLIENT, "agent-7", AIRCRAFT, "owner-17", PRICE))
                .expectEvents(ISSUED)
                .expectScheduledDeadlineWithName(java.time.Duration.between(NOW,
                        Instant.parse("2026-12-26T00:00:00Z")), Invoice.DUE);
    }

    @Test
    void issuingTheSameInvoiceAgainChangesNothing() {
        fixture.givenCurrentTime(NOW).andGiven(ISSUED)
                .when(new IssueInvoiceCommand(INVOICE, BOOKING, CLIENT, "agent-7", AIRCRAFT, "owner-17", PRICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPartialPaymentLeavesABalanceAndTheLastOneAccruesCommissionAndOwnerEarnings() {
        fixture.givenCurrentTime(NOW).andGiven(ISSUED)
                .when(pay("4000.00"))
                .expectEvents(new PaymentRecordedEvent(INVOICE, BOOKING, Money.of("4000.00", "USD"), "tok_visa_4242",
                        TODAY, Money.of("6750.00", "USD")));
        fixture.givenCurrentTime(NOW).andGiven(ISSUED, new PaymentRecordedEvent(INVOICE, BOOKING,
                        Money.of("4000.00", "USD"), "tok_visa_4242", TODAY, Money.of("6750.00", "USD")))
                .when(pay("6750.00"))
                .expectEvents(new PaymentRecordedEvent(INVOICE, BOOKING, Money.of("6750.00", "USD"), "tok_visa_4242",
                                TODAY, Money.of("0.00", "USD")),
                        new InvoicePaidEvent(INVOICE, BOOKING, TODAY, Money.of("1000.00", "USD")),
                        new CommissionAccruedEvent(INVOICE, BOOKING, "agent-7", Money.of("500.00", "USD")),
                        new OwnerPayoutDueEvent(INVOICE, BOOKING, AIRCRAFT, "owner-17", Money.of("8500.00", "USD")));
    }

    @Test
    void refusesOverpaymentAWrongCurrencyAndACardNumber() {
        fixture.givenCurrentTime(NOW).andGiven(ISSUED).when(pay("10750.01"))
                .expectException(refusedSaying(ErrorCode.OVERPAYMENT, "exceeds the balance of 10750.00 USD"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(ISSUED)
                .when(new RecordPaymentCommand(INVOICE, Money.of("100.00", "EUR"), "tok_1", TODAY))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "the invoice is in USD"));
        fixture.givenCurrentTime(NOW).andGiven(ISSUED)
                .when(new RecordPaymentCommand(INVOICE, Money.of("100.00", "USD"), "4111 1111 1111 1111", TODAY))
                .expectException(refusedSaying(ErrorCode.CARD_NUMBER_REFUSED, "never the card number"));
    }

    @Test
    void anUnpaidInvoiceBecomesOverdueTheDayAfterItsDueDate() {
        fixture.givenCurrentTime(NOW).andGivenCommands(
                        new IssueInvoiceCommand(INVOICE, BOOKING, CLIENT, "agent-7", AIRCRAFT, "owner-17", PRICE))
                .whenTimeAdvancesTo(Instant.parse("2026-12-26T00:00:00Z"))
                .expectEvents(new InvoiceOverdueEvent(INVOICE, BOOKING, TODAY.plusDays(14), Money.of("10750.00", "USD")));
    }

    @Test
    void theOwnerIsPaidOutOnceAndOnlyFromAPaidInvoice() {
        fixture.givenCurrentTime(NOW).andGiven(ISSUED)
                .when(new RecordOwnerPayoutCommand(INVOICE, "WIRE-2026-12-0042", TODAY))
                .expectException(refusedSaying(ErrorCode.INVOICE_STATE, "not paid yet"));
        fixture.givenCurrentTime(NOW).andGiven(ISSUED, new InvoicePaidEvent(INVOICE, BOOKING, TODAY, Money.of("1000.00", "USD")))
                .when(new RecordOwnerPayoutCommand(INVOICE, "WIRE-2026-12-0042", TODAY))
                .expectEvents(new OwnerPaidOutEvent(INVOICE, "owner-17", Money.of("8500.00", "USD"), "WIRE-2026-12-0042", TODAY));
    }
}
