package com.jetops.api.crew;

import java.time.Duration;

/**
 * The flight-time limits of FAA 14 CFR 135.267 for unscheduled one- and two-pilot crews. They
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

    private Part135Limits() {
    }

    /** One of the figures above as a duration. */
    public static Duration hours(String figure) {
        if (!figure.endsWith("h")) {
            throw new IllegalArgumentException("not a figure in hours: " + figure);
        }
        return Duration.ofHours(Long.parseLong(figure.substring(0, figure.length() - 1)));
    }
}
