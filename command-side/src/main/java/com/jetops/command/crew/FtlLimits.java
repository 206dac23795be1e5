package com.jetops.command.crew;

import com.jetops.api.crew.Part135Limits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

import static com.jetops.api.crew.Part135Limits.hours;

/**
 * The operator's flight-time, duty and rest limits. Defaults are FAA 14 CFR 135.267 for
 * unscheduled one- and two-pilot crews; an operator may set stricter figures, never looser.
 * The flight-time figures come from {@link Part135Limits}, which the query side reports against.
 */
@ConfigurationProperties("jetops.crew.limits")
public record FtlLimits(
        @DefaultValue(Part135Limits.ONE_PILOT_FLIGHT_TIME_IN_24_HOURS) Duration onePilotFlightTimeIn24Hours,
        @DefaultValue(Part135Limits.TWO_PILOT_FLIGHT_TIME_IN_24_HOURS) Duration twoPilotFlightTimeIn24Hours,
        @DefaultValue(Part135Limits.REST_BEFORE_COMPLETION) Duration restBeforeCompletion,
        @DefaultValue(Part135Limits.DUTY_PERIOD) Duration dutyPeriod,
        @DefaultValue(Part135Limits.FLIGHT_TIME_PER_QUARTER) Duration flightTimePerQuarter,
        @DefaultValue(Part135Limits.FLIGHT_TIME_PER_TWO_QUARTERS) Duration flightTimePerTwoQuarters,
        @DefaultValue(Part135Limits.FLIGHT_TIME_PER_YEAR) Duration flightTimePerYear,
        @DefaultValue("11h") Duration restAfterOverrunUpTo30Minutes,
        @DefaultValue("12h") Duration restAfterOverrunUpTo60Minutes,
        @DefaultValue("16h") Duration restAfterLongerOverrun,
        @DefaultValue("13") int restPeriodsPerQuarter) {

    public FtlLimits {
        notLooser(onePilotFlightTimeIn24Hours, hours(Part135Limits.ONE_PILOT_FLIGHT_TIME_IN_24_HOURS),
                "one-pilot flight time in 24 h");
        notLooser(twoPilotFlightTimeIn24Hours, hours(Part135Limits.TWO_PILOT_FLIGHT_TIME_IN_24_HOURS),
                "two-pilot flight time in 24 h");
        notLooser(hours(Part135Limits.REST_BEFORE_COMPLETION), restBeforeCompletion, "rest before completion (a minimum)");
        notLooser(dutyPeriod, hours(Part135Limits.DUTY_PERIOD), "duty period");
        notLooser(flightTimePerQuarter, hours(Part135Limits.FLIGHT_TIME_PER_QUARTER), "flight time per quarter");
        notLooser(flightTimePerTwoQuarters, hours(Part135Limits.FLIGHT_TIME_PER_TWO_QUARTERS),
                "flight time per two quarters");
        notLooser(flightTimePerYear, hours(Part135Limits.FLIGHT_TIME_PER_YEAR), "flight time per year");
        notLooser(Duration.ofHours(11), restAfterOverrunUpTo30Minutes, "rest after an overrun up to 30 min");
        notLooser(Duration.ofHours(12), restAfterOverrunUpTo60Minutes, "rest after an overrun up to 60 min");
        notLooser(Duration.ofHours(16), restAfterLongerOverrun, "rest after a longer overrun");
        notLooser(Duration.ofDays(13), Duration.ofDays(restPeriodsPerQuarter), "rest periods per quarter");
    }

    /** The rest owed after a duty that ran {@code overrun} past its planned release beyond anyone's control. */
    Duration restAfterOverrun(Duration overrun) {
        if (overrun.compareTo(Duration.ofMinutes(30)) <= 0) {
            return restAfterOverrunUpTo30Minutes;
        }
        return overrun.compareTo(Duration.ofMinutes(60)) <= 0 ? restAfterOverrunUpTo60Minutes : restAfterLongerOverrun;
    }

    private static void notLooser(Duration configured, Duration part135, String what) {
        if (configured.compareTo(part135) > 0) {
            throw new IllegalArgumentException("jetops.crew.limits: " + what + " may be stricter than Part 135.267, "
                    + "not looser (" + configured + " vs " + part135 + ")");
        }
    }

    public static FtlLimits part135() {
        return new FtlLimits(hours(Part135Limits.ONE_PILOT_FLIGHT_TIME_IN_24_HOURS),
                hours(Part135Limits.TWO_PILOT_FLIGHT_TIME_IN_24_HOURS), hours(Part135Limits.REST_BEFORE_COMPLETION),
                hours(Part135Limits.DUTY_PERIOD), hours(Part135Limits.FLIGHT_TIME_PER_QUARTER),
                hours(Part135Limits.FLIGHT_TIME_PER_TWO_QUARTERS),
                hours(Part135Limits.FLIGHT_TIME_PER_YEAR), Duration.ofHours(11),
                Duration.ofHours(12), Duration.ofHours(16), 13);
    }
}
