package com.jetops.api.common;

import java.time.Duration;
import java.time.Instant;

/** A half-open UTC interval [start, end): a window ending at 10:00 does not touch one starting at 10:00. */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Require.present(start, "start");
        Require.present(end, "end");
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
