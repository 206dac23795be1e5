package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;
import java.time.Instant;
import java.util.List;

/**
 * Assignments whose duty overlaps [from, to), by duty start, and for every crew member flying as
 * a pilot among them the flight time that Part 135.267 limits (it limits flight crew only).
 */
public record CrewAssignments(Instant from, Instant to, List<CrewAssignmentView> assignments,
                              List<PilotFlightTime> pilots) {

    /**
     * A pilot's figures: the busiest 24 consecutive hours touching a flight in the window, and
     * each calendar quarter, pair of consecutive quarters and calendar year (UTC) the window
     * touches, counted over all the pilot's assignments, actual times where reported.
     */
    public record PilotFlightTime(CrewMemberId crewMemberId, String name, List<Figure> figures) {
    }

    /** Flight time in {@code period} against the limit in force; in seconds, like {@link LegalityCheck}. */
    public record Figure(FtlRule rule, TimeWindow period, long flightSeconds, long limitSeconds, boolean withinLimit) {
    }
}
