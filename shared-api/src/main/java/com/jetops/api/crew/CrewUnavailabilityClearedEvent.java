package com.jetops.api.crew;

/** An unavailability window was withdrawn. */
public record CrewUnavailabilityClearedEvent(
        CrewMemberId crewMemberId,
        UnavailabilityId unavailabilityId) {
}
