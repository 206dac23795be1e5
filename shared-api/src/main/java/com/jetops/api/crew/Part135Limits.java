package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

/**
 * The flight-time, duty and rest limits of FAA 14 CFR 135.267 for unscheduled one- and two-pilot crews. They
 * are the defaults of {@code jetops.crew.limits.*} on both sides (the command side refuses
 * assignments by them, the query side reports flight time against them) and the loosest figures
 * an operator may configure. Written in Spring's duration format so they can be used as
 * configuration defaults; {@link #hours(String)} reads them back.
 */
public final class Part135Limits {
    public static final String ONE_PILOT_FLIGHT_TIME_IN_24_HOURS = "8h";
    public static final String TWO_PILOT_FLIGHT_TIME_IN_24_HOURS = "10h";
    public static final String FLIGHT_TIME_PER_QUARTER = "500h";
    public static final String FLIGHT_TIME_PER_TWO_QUARTERS = "800h";
    public static final String FLIGHT_TIME_PER_YEAR = "1400h";
    /** 135.267(d): at least this much consecutive rest in the 24 hours before an assignment ends. */
    public static final String REST_BEFORE_COMPLETION = "10h";
    /** A duty period (report to release) is at most this long. */
    public static final String DUTY_PERIOD = "14h";

    private Part135Limits() {
    }

    /** One of the figures above as a duration. */
    public static Duration hours(String figure) {
        if (!figure.endsWith("h")) {
            throw new IllegalArgumentException("not a figure in hours: " + figure);
        }
        return Duration.ofHours(Long.parseLong(figure.substring(0, figure.length() - 1)));
    }

    /**
     * The longest stretch free of all duty in the 24 hours before {@code completion}: what
     * 135.267(d) compares with {@link #REST_BEFORE_COMPLETION}. Both sides count it this way.
     */
    public static Duration longestRestBefore(Instant completion, Collection<TimeWindow> dutyPeriods) {
        Instant windowStart = completion.minus(Duration.ofHours(24));
        Duration longest = Duration.ZERO;
        Instant free = windowStart;
        for (TimeWindow period : dutyPeriods.stream()
                .filter(period -> period.end().isAfter(windowStart) && period.start().isBefore(completion))
                .sorted(Comparator.comparing(TimeWindow::start)).toList()) {
            if (period.start().isAfter(free)) {
                Duration gap = Duration.between(free, period.start());
                longest = gap.compareTo(longest) > 0 ? gap : longest;
            }
            free = period.end().isAfter(free) ? period.end() : free;
        }
        if (completion.isAfter(free)) {
            Duration gap = Duration.between(free, completion);
            longest = gap.compareTo(longest) > 0 ? gap : longest;
        }
        return longest;
    }
}
