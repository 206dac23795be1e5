package com.jetops.command.crew;

import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.LegalityCheck;
import com.jetops.api.crew.Part135Limits;
import com.jetops.api.crew.RosterWarning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A crew member's planned duty periods and flights, and the Part 135.267 arithmetic over them.
 * Calendar quarters and years are UTC.
 */
@SnapshotByFields
class DutyLedger {
    private static final Duration DAY = Duration.ofHours(24);

    private final Map<AssignmentId, Duty> duties = new LinkedHashMap<>();

    /**
     * One assignment's duty period (report to release) and its flights (block times): planned
     * until the actual times are reported, actual after. {@code restAfter} is the longer rest
     * an overrun beyond the crew's control requires before the next duty, or null.
     */
    record Duty(TimeWindow period, List<TimeWindow> flights, Duration restAfter) {
        Duty(TimeWindow period, List<TimeWindow> flights) {
            this(period, flights, null);
        }
    }

    void add(AssignmentId id, Duty duty) {
        duties.put(id, duty);
    }

    void remove(AssignmentId id) {
        duties.remove(id);
    }

    boolean contains(AssignmentId id) {
        return duties.containsKey(id);
    }

    Optional<Duty> duty(AssignmentId id) {
        return Optional.ofNullable(duties.get(id));
    }

    /** Assignments other than {@code id} that report for duty in {@code window}. */
    List<AssignmentId> startingWithin(TimeWindow window, AssignmentId id) {
        return duties.entrySet().stream()
                .filter(d -> !d.getKey().equals(id) && !d.getValue().period().start().isBefore(window.start())
                        && d.getValue().period().start().isBefore(window.end()))
                .map(Map.Entry::getKey).toList();
    }

    boolean hasDutyEndingAfter(Instant instant) {
        return duties.values().stream().anyMatch(d -> d.period().end().isAfter(instant));
    }

    Optional<AssignmentId> overlapping(TimeWindow period) {
        return duties.entrySet().stream().filter(d -> d.getValue().period().overlaps(period))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Every rule evaluated for the candidate as if it were added; pilots only (135.267 is for flight crew). */
    List<LegalityCheck> evaluate(Duty candidate, CrewComplement complement, FtlLimits limits) {
        List<TimeWindow> allFlights = Stream.concat(
                duties.values().stream().flatMap(d -> d.flights().stream()), candidate.flights().stream()).toList();
        Duration limit24 = complement == CrewComplement.ONE_PILOT
                ? limits.onePilotFlightTimeIn24Hours() : limits.twoPilotFlightTimeIn24Hours();
        // The candidate's own duty period first: a duty over 14 h also leaves under 10 h of rest,
        // and the longer duty is the cause worth naming.
        List<LegalityCheck> checks = new ArrayList<>(List.of(
                dutyPeriod(candidate, limits),
                atMost(FtlRule.FLIGHT_TIME_24_HOURS, maxFlightTimeIn24Hours(candidate, allFlights), limit24),
                atLeast(FtlRule.REST_BEFORE_COMPLETION, shortestRestAffectedBy(candidate),
                        limits.restBeforeCompletion()),
                atMost(FtlRule.FLIGHT_TIME_QUARTER, maxOverPeriods(candidate, allFlights, 1),
                        limits.flightTimePerQuarter()),
                atMost(FtlRule.FLIGHT_TIME_TWO_QUARTERS, maxOverPeriods(candidate, allFlights, 2),
                        limits.flightTimePerTwoQuarters()),
                atMost(FtlRule.FLIGHT_TIME_YEAR, maxOverYears(candidate, allFlights), limits.flightTimePerYear())));
        restAfterOverrun(candidate).ifPresent(checks::add);
        return List.copyOf(checks);
    }

    /**
     * The longer rest owed after the latest overrun duty released before the candidate reports,
     * if that duty ran over beyond the crew's control; absent when no such duty precedes it.
     */
    Optional<LegalityCheck> restAfterOverrun(Duty candidate) {
        return duties.values().stream()
                .filter(d -> !d.period().end().isAfter(candidate.period().start()))
                .max(Comparator.comparing(d -> d.period().end()))
                .filter(previous -> previous.restAfter() != null)
                .map(previous -> atLeast(FtlRule.REST_AFTER_OVERRUN,
                        Duration.between(previous.period().end(), candidate.period().start()), previous.restAfter()));
    }

    /**
     * Roster warning, not a refusal: the rest periods of 24 consecutive hours left free in each
     * calendar quarter the candidate touches (each whole 24 h of a gap between duties counts once).
     */
    List<RosterWarning> quarterRestWarnings(Duty candidate, int required) {
        List<TimeWindow> periods = Stream.concat(duties.values().stream().map(Duty::period),
                Stream.of(candidate.period())).sorted(Comparator.comparing(TimeWindow::start)).toList();
        return Stream.of(candidate.period().start(), candidate.period().end())
                .map(DutyLedger::quarterStart).distinct()
                .map(start -> {
                    TimeWindow quarter = new TimeWindow(utc(start), utc(start.plusMonths(3)));
                    long restDays = freeDays(quarter, periods);
                    return restDays >= required ? null : new RosterWarning(FtlRule.REST_PERIODS_QUARTER, restDays,
                            required, "only " + restDays + " rest periods of 24 consecutive hours left free in the "
                            + "quarter from " + start + ", " + required + " expected");
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    private static long freeDays(TimeWindow quarter, List<TimeWindow> sortedPeriods) {
        long days = 0;
        Instant free = quarter.start();
        for (TimeWindow period : sortedPeriods) {
            if (period.end().isAfter(quarter.start()) && period.start().isBefore(quarter.end())) {
                if (period.start().isAfter(free)) {
                    days += Duration.between(free, period.start()).toHours() / 24;
                }
                free = period.end().isAfter(free) ? period.end() : free;
            }
        }
        return quarter.end().isAfter(free) ? days + Duration.between(free, quarter.end()).toHours() / 24 : days;
    }

    static LegalityCheck dutyPeriod(Duty candidate, FtlLimits limits) {
        return atMost(FtlRule.DUTY_PERIOD, candidate.period().duration(), limits.dutyPeriod());
    }

    private static LegalityCheck atMost(FtlRule rule, Duration actual, Duration limit) {
        return new LegalityCheck(rule, actual.toSeconds(), limit.toSeconds(), actual.compareTo(limit) <= 0);
    }

    private static LegalityCheck atLeast(FtlRule rule, Duration actual, Duration minimum) {
        return new LegalityCheck(rule, actual.toSeconds(), minimum.toSeconds(), actual.compareTo(minimum) >= 0);
    }

    /**
     * The largest flight time in any 24 consecutive hours that touch the candidate's flights.
     * The maximum of a sliding window is reached when the window ends at a flight's end or
     * starts at a flight's start, so only those positions are tried.
     */
    private static Duration maxFlightTimeIn24Hours(Duty candidate, List<TimeWindow> flights) {
        Duration max = Duration.ZERO;
        for (TimeWindow flight : flights) {
            for (TimeWindow window : List.of(new TimeWindow(flight.end().minus(DAY), flight.end()),
                    new TimeWindow(flight.start(), flight.start().plus(DAY)))) {
                if (candidate.flights().stream().anyMatch(window::overlaps)) {
                    Duration total = flightTimeWithin(window, flights);
                    max = total.compareTo(max) > 0 ? total : max;
                }
            }
        }
        return max;
    }

    /**
     * 135.267(d) for every assignment the candidate touches: its own completion, and each
     * existing duty released within 24 h after the candidate starts (the candidate may eat into
     * that duty's rest). The smallest of their longest rests is what must reach the minimum.
     */
    private Duration shortestRestAffectedBy(Duty candidate) {
        List<TimeWindow> periods = Stream.concat(duties.values().stream().map(Duty::period),
                Stream.of(candidate.period())).toList();
        Instant affectedUntil = candidate.period().start().plus(DAY);
        return Stream.concat(Stream.of(candidate.period().end()), duties.values().stream()
                        .map(d -> d.period().end())
                        .filter(end -> end.isAfter(candidate.period().start()) && !end.isAfter(affectedUntil)))
                .map(completion -> Part135Limits.longestRestBefore(completion, periods))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The largest flight time in {@code quarters} consecutive calendar quarters that include a candidate flight. */
    private static Duration maxOverPeriods(Duty candidate, List<TimeWindow> flights, int quarters) {
        Duration max = Duration.ZERO;
        // A flight over midnight of a quarter's end counts in both quarters.
        for (Instant instant : candidate.flights().stream().flatMap(f -> Stream.of(f.start(), f.end())).toList()) {
            LocalDate quarterStart = quarterStart(instant);
            for (int offset = 1 - quarters; offset <= 0; offset++) {
                LocalDate from = quarterStart.plusMonths(3L * offset);
                TimeWindow period = new TimeWindow(utc(from), utc(from.plusMonths(3L * quarters)));
                Duration total = flightTimeWithin(period, flights);
                max = total.compareTo(max) > 0 ? total : max;
            }
        }
        return max;
    }

    private static Duration maxOverYears(Duty candidate, List<TimeWindow> flights) {
        Duration max = Duration.ZERO;
        for (Instant instant : candidate.flights().stream().flatMap(f -> Stream.of(f.start(), f.end())).toList()) {
            LocalDate yearStart = LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfYear(1);
            Duration total = flightTimeWithin(new TimeWindow(utc(yearStart), utc(yearStart.plusYears(1))), flights);
            max = total.compareTo(max) > 0 ? total : max;
        }
        return max;
    }

    private static LocalDate quarterStart(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        int firstMonth = ((date.getMonthValue() - 1) / 3) * 3 + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    private static Instant utc(LocalDate date) {
        return ZonedDateTime.of(date.atStartOfDay(), ZoneOffset.UTC).toInstant();
    }

    /** Flight time inside the window, counting only the part of each flight that falls in it. */
    private static Duration flightTimeWithin(TimeWindow window, Collection<TimeWindow> flights) {
        Duration total = Duration.ZERO;
        for (TimeWindow flight : flights) {
            Instant start = flight.start().isAfter(window.start()) ? flight.start() : window.start();
            Instant end = flight.end().isBefore(window.end()) ? flight.end() : window.end();
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
