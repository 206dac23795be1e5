package com.jetops.query.crew;

import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.FtlRule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A pilot's flight time over the periods Part 135.267 limits, counted the way the command side's
 * duty ledger counts it: the part of each flight inside the period, calendar quarters and years
 * in UTC, the 24-hour figure over windows that start at a flight's start or end at a flight's
 * end (where a sliding window's maximum is reached).
 */
final class FlightTimeFigures {
    private static final Duration DAY = Duration.ofHours(24);

    /** One flight of the pilot, with the complement of its assignment; {@code listed} when that assignment is shown. */
    record Flight(TimeWindow block, CrewComplement complement, boolean listed) {
    }

    private FlightTimeFigures() {
    }

    /**
     * Every period the figures need flights from, for a window [from, to): the 24 hours either
     * side, the quarter before and after, and the whole calendar years.
     */
    static TimeWindow span(TimeWindow window) {
        LocalDate firstQuarter = quarterStart(window.start()).minusMonths(3);
        LocalDate firstYear = yearStart(window.start());
        Instant last = window.end().minusNanos(1);
        LocalDate endQuarter = quarterStart(last).plusMonths(6);
        LocalDate endYear = yearStart(last).plusYears(1);
        Instant start = min(min(utc(firstQuarter), utc(firstYear)), window.start().minus(DAY));
        Instant end = max(max(utc(endQuarter), utc(endYear)), window.end().plus(DAY));
        return clamped(start, end);
    }

    /**
     * The figures of one pilot for the window: the busiest 24 hours touching a listed flight
     * (the one nearest its limit; one-pilot flights in it bring the one-pilot limit), then each
     * quarter, pair of consecutive quarters and year the window touches.
     */
    static List<CrewAssignments.Figure> of(Collection<Flight> flights, TimeWindow window, CrewLimits limits) {
        List<CrewAssignments.Figure> figures = new ArrayList<>();
        busiest24Hours(flights, limits).ifPresent(figures::add);
        Instant last = window.end().minusNanos(1);
        for (LocalDate q = quarterStart(window.start()); !q.isAfter(quarterStart(last)); q = q.plusMonths(3)) {
            add(figures, FtlRule.FLIGHT_TIME_QUARTER, period(q, q.plusMonths(3)), flights,
                    limits.flightTimePerQuarter());
        }
        for (LocalDate q = quarterStart(window.start()).minusMonths(3); !q.isAfter(quarterStart(last));
             q = q.plusMonths(3)) {
            add(figures, FtlRule.FLIGHT_TIME_TWO_QUARTERS, period(q, q.plusMonths(6)), flights,
                    limits.flightTimePerTwoQuarters());
        }
        for (LocalDate y = yearStart(window.start()); !y.isAfter(yearStart(last)); y = y.plusYears(1)) {
            add(figures, FtlRule.FLIGHT_TIME_YEAR, period(y, y.plusYears(1)), flights, limits.flightTimePerYear());
        }
        return figures;
    }

    private static Optional<CrewAssignments.Figure> busiest24Hours(Collection<Flight> flights,
                                                                              CrewLimits limits) {
        List<TimeWindow> listed = flights.stream().filter(Flight::listed).map(Flight::block).toList();
        CrewAssignments.Figure tightest = null;
        for (Flight flight : flights) {
            for (TimeWindow day : Arrays.asList(clamped(flight.block().end().minus(DAY), flight.block().end()),
                    clamped(flight.block().start(), flight.block().start().plus(DAY)))) {
                if (day == null || listed.stream().noneMatch(day::overlaps)) {
                    continue;
                }
                // The strictest limit of any assignment flying in these 24 hours applies to them.
                Duration limit = flights.stream().filter(f -> f.block().overlaps(day))
                        .map(f -> limits.flightTimeIn24Hours(f.complement()))
                        .min(Duration::compareTo).orElseThrow();
                CrewAssignments.Figure candidate = figure(FtlRule.FLIGHT_TIME_24_HOURS, day, flights, limit);
                if (tightest == null || margin(candidate) < margin(tightest)
                        || (margin(candidate) == margin(tightest)
                        && candidate.period().start().isBefore(tightest.period().start()))) {
                    tightest = candidate;
                }
            }
        }
        return Optional.ofNullable(tightest);
    }

    private static long margin(CrewAssignments.Figure figure) {
        return figure.limitSeconds() - figure.flightSeconds();
    }

    private static void add(List<CrewAssignments.Figure> figures, FtlRule rule, TimeWindow period,
                            Collection<Flight> flights, Duration limit) {
        if (period != null) {
            figures.add(figure(rule, period, flights, limit));
        }
    }

    private static CrewAssignments.Figure figure(FtlRule rule, TimeWindow period, Collection<Flight> flights,
                                                 Duration limit) {
        Duration total = within(period, flights);
        return new CrewAssignments.Figure(rule, period, total.toSeconds(), limit.toSeconds(),
                total.compareTo(limit) <= 0);
    }

    /** Flight time inside the period, counting only the part of each flight that falls in it. */
    static Duration within(TimeWindow period, Collection<Flight> flights) {
        Duration total = Duration.ZERO;
        for (Flight flight : flights) {
            Instant start = max(flight.block().start(), period.start());
            Instant end = min(flight.block().end(), period.end());
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private static TimeWindow period(LocalDate from, LocalDate to) {
        return clamped(utc(from), utc(to));
    }

    /**
     * Periods reaching outside the years operations can happen in are cut to them (nothing is
     * flown there); null when nothing of the period is left.
     */
    private static TimeWindow clamped(Instant start, Instant end) {
        Instant from = max(start, TimeWindow.EARLIEST);
        Instant to = min(end, TimeWindow.LATEST);
        return to.isAfter(from) ? new TimeWindow(from, to) : null;
    }

    private static LocalDate quarterStart(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static LocalDate yearStart(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfYear(1);
    }

    private static Instant utc(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
