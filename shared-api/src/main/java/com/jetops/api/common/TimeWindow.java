package com.jetops.api.common;

import java.time.Duration;
import java.time.Instant;

/** A half-open UTC interval [start, end): a window ending at 10:00 does not touch one starting at 10:00. */
public record TimeWindow(Instant start, Instant end) {
    /** Operations happen between these; anything outside is a typo, and date arithmetic stays safe. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public TimeWindow {
        Require.present(start, "start");
        Require.present(end, "end");
        Require.that(start, s -> !s.isBefore(EARLIEST) && s.isBefore(LATEST), "start",
                "start must lie between " + EARLIEST + " and " + LATEST);
        Require.that(end, e -> !e.isBefore(EARLIEST) && !e.isAfter(LATEST), "end",
                "end must lie between " + EARLIEST + " and " + LATEST);
        if (!end.isAfter(start)) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "end", "end must be after start");
        }
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
