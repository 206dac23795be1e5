package com.jetops.api.crew;

import java.time.Duration;
import java.time.Instant;

/**
 * Re-evaluates the assignments of [from, to) under proposed flight-time, duty and rest limits
 * (e.g. a stricter company limit) without touching the real ones: which pilots would have been
 * over, and which assignments would have been illegal.
 *
 * @param dutyPeriod           the longest duty period (report to release)
 * @param restBeforeCompletion the least consecutive rest in the 24 hours before an assignment ends
 */
public record ComplianceWhatIfQuery(Instant from, Instant to, Duration onePilotFlightTimeIn24Hours,
                                    Duration twoPilotFlightTimeIn24Hours, Duration flightTimePerQuarter,
                                    Duration flightTimePerTwoQuarters, Duration flightTimePerYear,
                                    Duration dutyPeriod, Duration restBeforeCompletion) {
}
