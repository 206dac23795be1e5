package com.jetops.api.crew;

/** A crew member left the operator. */
public record CrewMemberReleasedEvent(
        CrewMemberId crewMemberId,
        String reason) {
}
