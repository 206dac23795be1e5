package com.jetops.command.tracking;

import com.jetops.api.aircraft.AircraftPosition;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a whole batch before anything is stored: the first report at fault refuses the batch,
 * naming its field ({@code positions[3].lat}).
 */
final class PositionValidation {
    /** A feed's clock may run a little ahead of ours; further ahead is a broken feed. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MIN_ALTITUDE_FT = -2_000;     // below sea level airfields, altimeter error
    static final int MAX_ALTITUDE_FT = 60_000;     // above any business jet's ceiling (51,000 ft)
    static final int MAX_GROUND_SPEED_KT = 1_000;  // Mach 0.925 plus a strong jet stream stays under it
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,31}");

    private PositionValidation() {
    }

    /** The batch as positions to store, times truncated to PostgreSQL's microseconds. */
    static List<AircraftPosition> validated(PositionBatch batch, int maxBatch, Duration retention, Instant now) {
        List<PositionReport> reports = Require.present(batch == null ? null : batch.positions(), "positions");
        Require.that(reports, list -> !list.isEmpty(), "positions", "positions must hold at least one report");
        if (reports.size() > maxBatch) {
            throw new RuleViolationException(ErrorCode.PAYLOAD_TOO_LARGE, "positions",
                    "at most " + maxBatch + " positions per request; this one has " + reports.size());
        }
        Instant latestAllowed = now.plus(MAX_CLOCK_SKEW);
        // Older than the retention would be archived the next night (and PostgreSQL refuses year 0).
        Instant earliestAllowed = now.minus(retention);
        List<AircraftPosition> positions = new ArrayList<>(reports.size());
        Instant previous = null;
        for (int i = 0; i < reports.size(); i++) {
            String at = "positions[" + i + "]";
            PositionReport report = Require.present(reports.get(i), at);
            Instant time = Require.present(report.time(), at + ".time").truncatedTo(ChronoUnit.MICROS);
            Require.that(time, t -> !t.isAfter(latestAllowed), at + ".time",
                    at + ".time " + time + " lies more than " + MAX_CLOCK_SKEW.toMinutes() + " minutes in the future");
            Require.that(time, t -> !t.isBefore(earliestAllowed), at + ".time",
                    at + ".time " + time + " is older than the retention of " + retention.toDays() + " days");
            if (previous != null && !time.isAfter(previous)) {
                throw new RuleViolationException(ErrorCode.INVALID_VALUE, at + ".time", at + ".time " + time
                        + " is not after the report before it (" + previous + "): a batch is in strictly increasing time order");
            }
            previous = time;
            double lat = range(Require.present(report.lat(), at + ".lat"), -90, 90, at + ".lat");
            double lon = range(Require.present(report.lon(), at + ".lon"), -180, 180, at + ".lon");
            int altitude = (int) range(Require.present(report.altitudeFt(), at + ".altitudeFt"),
                    MIN_ALTITUDE_FT, MAX_ALTITUDE_FT, at + ".altitudeFt");
            int speed = (int) range(Require.present(report.groundSpeedKt(), at + ".groundSpeedKt"),
                    0, MAX_GROUND_SPEED_KT, at + ".groundSpeedKt");
            int heading = Require.present(report.heading(), at + ".heading");
            Require.that(heading, h -> h >= 0 && h < 360, at + ".heading", at + ".heading must be from 0 to 359 degrees");
            String source = Require.present(report.source(), at + ".source");
            Require.that(source, s -> SOURCE.matcher(s).matches(), at + ".source",
                    at + ".source must be 1 to 32 letters, digits, spaces or . _ : / - (e.g. ADS-B)");
            positions.add(new AircraftPosition(time, lat, lon, altitude, speed, heading, source));
        }
        return positions;
    }

    private static double range(double value, double min, double max, String field) {
        return Require.that(value, v -> !Double.isNaN(v) && v >= min && v <= max, field,
                field + " must be from " + number(min) + " to " + number(max));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
