package com.jetops.query.finance;

import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.billing.InvoiceIssuedEvent;
import com.jetops.api.billing.InvoiceOverdueEvent;
import com.jetops.api.billing.InvoicePaidEvent;
import com.jetops.api.billing.OwnerPaidOutEvent;
import com.jetops.api.billing.PaymentRecordedEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteAcceptedEvent;
import com.jetops.api.booking.QuoteExpiredEvent;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.pricing.PriceBreakdown;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The figures behind the dashboards: every invoice with its split and what is paid, every
 * quote and whether it was booked, every flown leg. Invoice and leg rows carry their aggregate's
 * sequence number, quotes change only forward, so a replayed or redelivered event changes nothing.
 */
@Component
@ProcessingGroup("finance")
class FinanceProjection {
    private final JdbcTemplate jdbc;

    FinanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence) {
        PriceBreakdown price = event.price();
        String route = price.legs().stream().filter(leg -> !leg.ferry()).findFirst()
                .map(leg -> leg.from().value() + "-" + leg.to().value()).orElse("-");
        jdbc.update("""
                        insert into finance_invoice (invoice_id, number, booking_id, client_id, agent_id, aircraft_id,
                            owner_id, route, currency, subtotal, taxes, total, commission, platform_fee, owner_earnings,
                            balance, status, issued_on, due_on, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?)
                        on conflict do nothing""",
                event.invoiceId().value(), event.number(), event.bookingId().value(), event.clientId().value(),
                event.agentId(), event.aircraftId().value(), event.ownerId(), route,
                price.currency().getCurrencyCode(), price.subtotal().amount(), price.taxes().amount(),
                price.total().amount(), price.commission().amount(), price.platformFee().amount(),
                price.ownerEarnings().amount(), price.total().amount(), event.issuedOn(), event.dueOn(), sequence);
    }

    @EventHandler
    void on(PaymentRecordedEvent event, @SequenceNumber long sequence) {
        update(event.invoiceId().value(), sequence, "balance = ?, status = case when status = 'OVERDUE' then status "
                + "else 'PARTIALLY_PAID' end", event.balance().amount());
    }

    @EventHandler
    void on(InvoiceOverdueEvent event, @SequenceNumber long sequence) {
        update(event.invoiceId().value(), sequence, "status = 'OVERDUE'");
    }

    @EventHandler
    void on(InvoicePaidEvent event, @SequenceNumber long sequence) {
        update(event.invoiceId().value(), sequence, "balance = 0, status = 'PAID', paid_on = ?", event.paidOn());
    }

    @EventHandler
    void on(OwnerPaidOutEvent event, @SequenceNumber long sequence) {
        update(event.invoiceId().value(), sequence, "owner_paid_out = owner_paid_out + ?", event.amount().amount());
    }

    @EventHandler
    void on(QuoteIssuedEvent event) {
        jdbc.update("insert into quote_funnel (quote_id, issued_at) values (?, ?) on conflict do nothing",
                event.quoteId().value(), java.sql.Timestamp.from(event.issuedAt()));
    }

    @EventHandler
    void on(QuoteAcceptedEvent event, @Timestamp Instant at) {
        jdbc.update("update quote_funnel set accepted_at = ? where quote_id = ? and accepted_at is null",
                java.sql.Timestamp.from(at), event.quoteId().value());
    }

    @EventHandler
    void on(QuoteExpiredEvent event) {
        jdbc.update("update quote_funnel set expired = true where quote_id = ?", event.quoteId().value());
    }

    @EventHandler
    void on(FlightLegRecordedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                        insert into flown_leg (flight_leg_id, aircraft_id, block_off, airborne_minutes, cycles, version)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.flightLegId().value(), event.aircraftId().value(), java.sql.Timestamp.from(event.blockOff()),
                event.airborneMinutes(), event.cycles(), sequence);
    }

    @EventHandler
    void on(FlightLegCorrectedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                        update flown_leg set block_off = ?, airborne_minutes = ?, cycles = ?, version = ?
                         where flight_leg_id = ? and version < ?""",
                java.sql.Timestamp.from(event.corrected().blockOff()), event.corrected().airborneMinutes(),
                event.corrected().cycles(), sequence, event.flightLegId().value(), sequence);
    }

    @EventHandler
    void on(BookingRequestedEvent event, @SequenceNumber long sequence) {
        plannedLegs(event.bookingId().value(), event.option().legs(), sequence);
    }

    /** A changed trip's legs replace the old plan; nothing of it had departed (changes stop at departure). */
    @EventHandler
    void on(BookingChangedEvent event, @SequenceNumber long sequence) {
        jdbc.update("delete from leg_punctuality where booking_id = ? and version < ?", event.bookingId().value(), sequence);
        plannedLegs(event.bookingId().value(), event.option().legs(), sequence);
    }

    @EventHandler
    void on(LegDepartedEvent event, @SequenceNumber long sequence) {
        jdbc.update("update leg_punctuality set block_off = ?, version = ? "
                        + "where booking_id = ? and leg_index = ? and version < ?",
                java.sql.Timestamp.from(event.blockOff()), sequence, event.bookingId().value(), event.legIndex(), sequence);
    }

    private void plannedLegs(String bookingId, java.util.List<PlannedLeg> legs, long sequence) {
        legs.stream().filter(leg -> !leg.positioning()).forEach(leg -> jdbc.update("""
                        insert into leg_punctuality (booking_id, leg_index, planned_departure, version)
                        values (?, ?, ?, ?) on conflict do nothing""",
                bookingId, leg.index(), java.sql.Timestamp.from(leg.departure()), sequence));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from leg_punctuality");
        jdbc.update("delete from finance_invoice");
        jdbc.update("delete from quote_funnel");
        jdbc.update("delete from flown_leg");
    }

    /** Guarded by the invoice's sequence number: an older or redelivered event changes nothing. */
    private void update(String invoiceId, long sequence, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = invoiceId;
        arguments[values.length + 2] = sequence;
        jdbc.update("update finance_invoice set " + assignments + ", version = ? where invoice_id = ? and version < ?",
                arguments);
    }
}
