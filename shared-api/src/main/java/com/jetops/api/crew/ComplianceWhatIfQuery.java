package com.jetops.api.crew;

import java.time.Duration;
import java.time.Instant;

/**
 * Re-evaluates the assignments of [from, to) under proposed flight-time limits (e.g. a stricter
 * company limit) without touching the real ones: which pilots would have been over, and where.
 */
public record ComplianceWhatIfQuery(Instant from, Instant to, Duration onePilotFlightTimeIn24Hours,
                                    Duration twoPilotFlightTimeIn24Hours, Duration flightTimePerQuarter,
                                    Duration flightTimePerTwoQuarters, Duration flightTimePerYear) {
}
