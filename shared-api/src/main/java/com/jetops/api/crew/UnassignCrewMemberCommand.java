package com.jetops.api.crew;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the crew member off an assignment; its duty no longer counts. */
public record UnassignCrewMemberCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        String reason) {
}
