package com.jetops.api.crew;

/** An assignment was withdrawn. */
public record CrewMemberUnassignedEvent(
        CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        String reason) {
}
