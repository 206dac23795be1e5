package com.jetops.command.tracking;

import java.time.Instant;

/**
 * One report of a position feed, as posted. Boxed so that a missing value is refused by name
 * rather than read as 0.
 */
record PositionReport(Instant time, Double lat, Double lon, Integer altitudeFt, Integer groundSpeedKt,
                      Integer heading, String source) {
}
