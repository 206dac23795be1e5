package com.jetops.api.crew;

import java.time.Instant;

/** A crew member's assignments and unavailability overlapping [from, to); null when the member is unknown. */
public record FindCrewScheduleQuery(CrewMemberId crewMemberId, Instant from, Instant to) {
}
