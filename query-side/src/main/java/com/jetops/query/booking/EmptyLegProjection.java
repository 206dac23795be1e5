package com.jetops.query.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.EmptyLegView;
import com.jetops.api.booking.FindEmptyLegsQuery;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.PricingRulesPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Empty legs: the positioning legs of confirmed bookings, offered until they depart, are sold
 * or the booking is cancelled, priced at the aircraft's hourly rate less the current empty-leg
 * discount of the pricing rules. Rows carry their booking's event sequence number, so a
 * redelivered event changes nothing.
 */
@Component
@ProcessingGroup("empty-legs")
class EmptyLegProjection {
    private final JdbcTemplate jdbc;

    EmptyLegProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembered, not offered: a booking's positioning legs become empty legs once it is confirmed. */
    @EventHandler
    void on(BookingRequestedEvent event, @SequenceNumber long sequence) {
        remember(event.bookingId(), event.option(), sequence, false);
    }

    /** A changed trip offers its new positioning legs instead of the old ones. */
    @EventHandler
    void on(BookingChangedEvent event, @SequenceNumber long sequence) {
        // Older rows go; a redelivered change finds its own rows (same version) and inserts nothing new.
        jdbc.update("delete from empty_leg where booking_id = ? and booking_version < ?", event.bookingId().value(),
                sequence);
        remember(event.bookingId(), event.option(), sequence, true);
    }

    private void remember(BookingId bookingId, QuoteOption option, long sequence, boolean offered) {
        PriceBreakdown price = option.price();
        for (PlannedLeg leg : option.legs()) {
            if (!leg.positioning()) {
                continue;
            }
            int minutes = price.legs().stream().filter(f -> f.index() == leg.index()).findFirst()
                    .map(PriceBreakdown.LegFigures::flightMinutes)
                    .orElse((int) java.time.Duration.between(leg.departure(), leg.arrival()).toMinutes());
            jdbc.update("""
                            insert into empty_leg (booking_id, leg_index, booking_version, offered, aircraft_id, tail_number,
                                type_designator, category, seats, from_airport, to_airport, departure, arrival, flight_minutes)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    bookingId.value(), leg.index(), sequence, offered, option.aircraftId().value(), option.tailNumber(),
                    option.typeDesignator(), option.category().name(), option.seats(), leg.from().value(),
                    leg.to().value(), Timestamp.from(leg.departure()), Timestamp.from(leg.arrival()), minutes);
        }
    }

    @EventHandler
    void on(BookingConfirmedEvent event, @SequenceNumber long sequence) {
        offer(event.bookingId(), sequence, true, null);
    }

    @EventHandler
    void on(BookingRejectedEvent event, @SequenceNumber long sequence) {
        offer(event.bookingId(), sequence, false, null);
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber long sequence) {
        offer(event.bookingId(), sequence, false, null);
    }

    @EventHandler
    void on(LegDepartedEvent event, @SequenceNumber long sequence) {
        // The leg is flying: withdrawn. The other legs keep the sequence step so a later event still applies.
        offer(event.bookingId(), sequence, false, event.legIndex());
    }

    /** Sold to another booking: off sale until that booking is cancelled. */
    @EventHandler
    void on(EmptyLegSoldEvent event, @SequenceNumber long sequence) {
        offer(event.bookingId(), sequence, false, event.legIndex());
    }

    @EventHandler
    void on(EmptyLegReleasedEvent event, @SequenceNumber long sequence) {
        offer(event.bookingId(), sequence, true, event.legIndex());
    }

    @EventHandler
    void on(PricingRulesPublishedEvent event) {
        jdbc.update("insert into empty_leg_discount values (?, ?) on conflict do nothing", event.version(),
                event.rules().emptyLegDiscountPercent());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from empty_leg");
        jdbc.update("delete from empty_leg_discount");
    }

    private void offer(BookingId bookingId, long sequence, boolean offered, Integer onlyLeg) {
        if (onlyLeg == null) {
            jdbc.update("update empty_leg set offered = ?, booking_version = ? where booking_id = ? and booking_version < ?",
                    offered, sequence, bookingId.value(), sequence);
        } else {
            jdbc.update("update empty_leg set offered = (case when leg_index = ? then ? else offered end), "
                            + "booking_version = ? where booking_id = ? and booking_version < ?",
                    onlyLeg, offered, sequence, bookingId.value(), sequence);
        }
    }

    @QueryHandler
    FindEmptyLegsQuery.Page find(FindEmptyLegsQuery query) {
        BigDecimal discount = jdbc.query("select percent from empty_leg_discount order by rules_version desc limit 1",
                (row, i) -> row.getBigDecimal(1)).stream().findFirst()
                .orElse(PricingRules.defaults().emptyLegDiscountPercent());
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select e.*, f.hourly_rate_amount, f.hourly_rate_currency from empty_leg e
                  join fleet_aircraft f on f.aircraft_id = e.aircraft_id
                 where e.offered and e.departure > now()""");
        if (query.from() != null) {
            sql.append(" and e.from_airport = ?");
            arguments.add(query.from().value());
        }
        if (query.to() != null) {
            sql.append(" and e.to_airport = ?");
            arguments.add(query.to().value());
        }
        if (query.after() != null) {
            sql.append(" and e.departure >= ?");
            arguments.add(Timestamp.from(query.after()));
        }
        if (query.before() != null) {
            sql.append(" and e.departure < ?");
            arguments.add(Timestamp.from(query.before()));
        }
        sql.append(" order by e.departure, e.booking_id, e.leg_index limit ? offset ?");
        arguments.add(query.size());
        arguments.add((long) query.page() * query.size());
        List<EmptyLegView> legs = jdbc.query(sql.toString(), (row, i) -> {
            Currency currency = Currency.getInstance(row.getString("hourly_rate_currency").trim());
            BigDecimal price = row.getBigDecimal("hourly_rate_amount")
                    .multiply(BigDecimal.valueOf(row.getInt("flight_minutes")))
                    .multiply(BigDecimal.valueOf(100).subtract(discount))
                    .divide(BigDecimal.valueOf(6000), currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
            return new EmptyLegView(BookingId.of(row.getString("booking_id")), row.getInt("leg_index"),
                    AircraftId.of(row.getString("aircraft_id")), row.getString("tail_number"),
                    row.getString("type_designator"), AircraftCategory.valueOf(row.getString("category")),
                    row.getInt("seats"), new IcaoCode(row.getString("from_airport")),
                    new IcaoCode(row.getString("to_airport")), row.getTimestamp("departure").toInstant(),
                    row.getTimestamp("arrival").toInstant(), discount, new Money(price, currency));
        }, arguments.toArray());
        return new FindEmptyLegsQuery.Page(legs, query.page(), query.size());
    }
}
