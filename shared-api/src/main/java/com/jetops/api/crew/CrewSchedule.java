package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;
import java.time.Instant;
import java.util.List;

/** A crew member's assignments (by duty start) and unavailability (by start) overlapping [from, to). */
public record CrewSchedule(CrewMemberId crewMemberId, String name, Instant from, Instant to,
                           List<CrewAssignmentView> assignments, List<Unavailability> unavailability) {

    public record Unavailability(UnavailabilityId unavailabilityId, UnavailabilityKind kind, TimeWindow window) {
    }
}
