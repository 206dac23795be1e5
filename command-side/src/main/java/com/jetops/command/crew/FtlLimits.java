package com.jetops.command.crew;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The operator's flight-time, duty and rest limits. Defaults are FAA 14 CFR 135.267 for
 * unscheduled one- and two-pilot crews; an operator may set stricter figures, never looser.
 */
@ConfigurationProperties("jetops.crew.limits")
public record FtlLimits(
        @DefaultValue("8h") Duration onePilotFlightTimeIn24Hours,
        @DefaultValue("10h") Duration twoPilotFlightTimeIn24Hours,
        @DefaultValue("10h") Duration restBeforeCompletion,
        @DefaultValue("14h") Duration dutyPeriod,
        @DefaultValue("500h") Duration flightTimePerQuarter,
        @DefaultValue("800h") Duration flightTimePerTwoQuarters,
        @DefaultValue("1400h") Duration flightTimePerYear,
        @DefaultValue("11h") Duration restAfterOverrunUpTo30Minutes,
        @DefaultValue("12h") Duration restAfterOverrunUpTo60Minutes,
        @DefaultValue("16h") Duration restAfterLongerOverrun,
        @DefaultValue("13") int restPeriodsPerQuarter) {

    public FtlLimits {
        notLooser(onePilotFlightTimeIn24Hours, Duration.ofHours(8), "one-pilot flight time in 24 h");
        notLooser(twoPilotFlightTimeIn24Hours, Duration.ofHours(10), "two-pilot flight time in 24 h");
        notLooser(Duration.ofHours(10), restBeforeCompletion, "rest before completion (a minimum)");
        notLooser(dutyPeriod, Duration.ofHours(14), "duty period");
        notLooser(flightTimePerQuarter, Duration.ofHours(500), "flight time per quarter");
        notLooser(flightTimePerTwoQuarters, Duration.ofHours(800), "flight time per two quarters");
        notLooser(flightTimePerYear, Duration.ofHours(1400), "flight time per year");
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
        return new FtlLimits(Duration.ofHours(8), Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(14),
                Duration.ofHours(500), Duration.ofHours(800), Duration.ofHours(1400), Duration.ofHours(11),
                Duration.ofHours(12), Duration.ofHours(16), 13);
    }
}
