package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;

/** The crew member is unavailable over the window. */
public record CrewMemberUnavailableEvent(
        CrewMemberId crewMemberId,
        UnavailabilityId unavailabilityId,
        UnavailabilityKind kind,
        TimeWindow window) {
}
