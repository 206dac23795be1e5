package com.jetops.query.finance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboards' sums, straight from the finance read model; every figure per currency where it is money. */
@Component
class Dashboards {
    /** What revenue can be grouped by, and the SQL expression of each group's key. */
    enum GroupBy {
        MONTH("to_char(issued_on, 'YYYY-MM')"), AIRCRAFT("aircraft_id"), ROUTE("route"), CLIENT("client_id"),
        AGENT("coalesce(agent_id, '(direct)')"), OWNER("coalesce(owner_id, '(operator)')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    /** Invoiced trips of one group: what was billed, its split, what is paid and still owed. */
    record RevenueRow(String key, String currency, long invoices, BigDecimal revenue, BigDecimal taxes,
                      BigDecimal total, BigDecimal averageTripValue, BigDecimal commission, BigDecimal platformFee,
                      BigDecimal ownerEarnings, BigDecimal outstanding) {
    }

    record OutstandingInvoice(String invoiceId, String number, String bookingId, String clientId, String currency,
                              BigDecimal total, BigDecimal balance, LocalDate dueOn, boolean overdue) {
    }

    record OwnerPayout(String ownerId, String currency, BigDecimal earnings, BigDecimal paidOut, BigDecimal due) {
    }

    /** Flown hours of one aircraft in a year, by month, against the yearly target. */
    record Utilization(String aircraftId, String tailNumber, Map<String, BigDecimal> hoursByMonth, BigDecimal hours,
                       long cycles, BigDecimal targetHours, BigDecimal percentOfTarget) {
    }

    record Conversion(String month, long quotes, long booked, long expired, BigDecimal conversionPercent) {
    }

    /** Revenue legs flown in a month: how many left within the tolerance of their planned time, and the mean delay. */
    record OnTime(String month, long departed, long onTime, BigDecimal onTimePercent, BigDecimal averageDelayMinutes) {
    }

    /**
     * One invoiced trip. The operator's cost of a flight is what it owes for it: the owner's
     * earnings and the agent's commission; the margin is what remains of the revenue before
     * taxes (the platform fee). Fuel, crew pay and fees are the owner's, inside their earnings.
     */
    record FlightMargin(String bookingId, String invoiceNumber, LocalDate issuedOn, String route, String aircraftId,
                        String tailNumber, String currency, BigDecimal revenue, BigDecimal ownerEarnings,
                        BigDecimal commission, BigDecimal cost, BigDecimal margin, BigDecimal marginPercent) {
    }

    private final JdbcTemplate jdbc;

    Dashboards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RevenueRow> revenue(GroupBy groupBy, LocalDate from, LocalDate to) {
        return jdbc.query("select " + groupBy.key + " as key, currency, count(*), sum(subtotal), sum(taxes), sum(total), "
                        + "avg(total), sum(commission), sum(platform_fee), sum(owner_earnings), sum(balance) "
                        + "from finance_invoice where issued_on >= ? and issued_on < ? "
                        + "group by 1, 2 order by 1, 2",
                (row, i) -> new RevenueRow(row.getString(1), row.getString(2).trim(), row.getLong(3), money(row.getBigDecimal(4)),
                        money(row.getBigDecimal(5)), money(row.getBigDecimal(6)), money(row.getBigDecimal(7)),
                        money(row.getBigDecimal(8)), money(row.getBigDecimal(9)), money(row.getBigDecimal(10)),
                        money(row.getBigDecimal(11))),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Invoiced trips issued in [from, to), newest first, optionally of one aircraft. */
    List<FlightMargin> flightMargins(LocalDate from, LocalDate to, String aircraftId, int page, int size) {
        return jdbc.query("""
                        select i.booking_id, i.number, i.issued_on, i.route, i.aircraft_id, a.tail_number, i.currency,
                               i.subtotal, i.owner_earnings, i.commission, i.platform_fee
                          from finance_invoice i left join fleet_aircraft a using (aircraft_id)
                         where i.issued_on >= ? and i.issued_on < ? and (cast(? as varchar) is null or i.aircraft_id = ?)
                         order by i.issued_on desc, i.number limit ? offset ?""",
                (row, i) -> {
                    BigDecimal revenue = row.getBigDecimal(8);
                    BigDecimal margin = row.getBigDecimal(11);
                    return new FlightMargin(row.getString(1), row.getString(2), row.getDate(3).toLocalDate(),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7).trim(),
                            money(revenue), money(row.getBigDecimal(9)), money(row.getBigDecimal(10)),
                            money(row.getBigDecimal(9).add(row.getBigDecimal(10))), money(margin),
                            revenue.signum() == 0 ? null : margin.multiply(BigDecimal.valueOf(100))
                                    .divide(revenue, 1, RoundingMode.HALF_EVEN));
                }, Date.valueOf(from), Date.valueOf(to), aircraftId, aircraftId, size, (long) page * size);
    }

    List<OutstandingInvoice> outstanding(LocalDate today) {
        return jdbc.query("""
                        select invoice_id, number, booking_id, client_id, currency, total, balance, due_on
                          from finance_invoice where balance > 0 order by due_on, number""",
                (row, i) -> new OutstandingInvoice(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5).trim(), money(row.getBigDecimal(6)),
                        money(row.getBigDecimal(7)), row.getDate(8).toLocalDate(),
                        row.getDate(8).toLocalDate().isBefore(today)));
    }

    /** Owners' earnings from paid invoices, what was paid out and what is still due them. */
    List<OwnerPayout> payouts() {
        return jdbc.query("""
                        select owner_id, currency, sum(owner_earnings), sum(owner_paid_out)
                          from finance_invoice where status = 'PAID' and owner_id is not null
                         group by 1, 2 order by 1, 2""",
                (row, i) -> new OwnerPayout(row.getString(1), row.getString(2).trim(), money(row.getBigDecimal(3)),
                        money(row.getBigDecimal(4)), money(row.getBigDecimal(3).subtract(row.getBigDecimal(4)))));
    }

    List<Utilization> utilization(Year year, BigDecimal targetHours) {
        Map<String, Utilization> byAircraft = new LinkedHashMap<>();
        jdbc.query("""
                        select a.aircraft_id, a.tail_number, to_char(l.block_off at time zone 'UTC', 'YYYY-MM'),
                               coalesce(sum(l.airborne_minutes), 0), coalesce(sum(l.cycles), 0)
                          from fleet_aircraft a
                          left join flown_leg l on l.aircraft_id = a.aircraft_id
                               and l.block_off >= ? and l.block_off < ?
                         group by 1, 2, 3 order by 2, 3""",
                row -> {
                    String aircraftId = row.getString(1);
                    Utilization so = byAircraft.getOrDefault(aircraftId, new Utilization(aircraftId, row.getString(2),
                            new LinkedHashMap<>(), BigDecimal.ZERO, 0, targetHours, BigDecimal.ZERO));
                    BigDecimal hours = hours(row.getLong(4));
                    if (row.getString(3) != null) {
                        so.hoursByMonth().put(row.getString(3), hours);
                    }
                    BigDecimal total = so.hours().add(hours);
                    byAircraft.put(aircraftId, new Utilization(aircraftId, so.tailNumber(), so.hoursByMonth(), total,
                            so.cycles() + row.getLong(5), targetHours,
                            total.multiply(BigDecimal.valueOf(100)).divide(targetHours, 1, RoundingMode.HALF_EVEN)));
                },
                java.sql.Timestamp.from(year.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(year.plusYears(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return new ArrayList<>(byAircraft.values());
    }

    List<Conversion> conversion(LocalDate from, LocalDate to) {
        return jdbc.query("""
                        select to_char(issued_at at time zone 'UTC', 'YYYY-MM'), count(*),
                               count(accepted_at), count(*) filter (where expired and accepted_at is null)
                          from quote_funnel where issued_at >= ? and issued_at < ?
                         group by 1 order by 1""",
                (row, i) -> new Conversion(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        BigDecimal.valueOf(row.getLong(3) * 100).divide(BigDecimal.valueOf(row.getLong(2)), 1,
                                RoundingMode.HALF_EVEN)),
                java.sql.Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(to.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    List<OnTime> onTime(LocalDate from, LocalDate to, int toleranceMinutes) {
        return jdbc.query("""
                        select to_char(planned_departure at time zone 'UTC', 'YYYY-MM'), count(*),
                               count(*) filter (where block_off <= planned_departure + make_interval(mins => ?)),
                               avg(greatest(extract(epoch from block_off - planned_departure) / 60, 0))
                          from leg_punctuality
                         where block_off is not null and planned_departure >= ? and planned_departure < ?
                         group by 1 order by 1""",
                (row, i) -> new OnTime(row.getString(1), row.getLong(2), row.getLong(3),
                        BigDecimal.valueOf(row.getLong(3) * 100).divide(BigDecimal.valueOf(row.getLong(2)), 1,
                                RoundingMode.HALF_EVEN),
                        row.getBigDecimal(4).setScale(1, RoundingMode.HALF_EVEN)),
                toleranceMinutes,
                java.sql.Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                java.sql.Timestamp.from(to.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_EVEN);
    }

    /** Sums keep the database's four decimals; shown to the cent (half-even, like the invoices). */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
