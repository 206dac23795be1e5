package com.jetops.api.crew;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The crew member leaves the operator; refused while assignments lie ahead. */
public record ReleaseCrewMemberCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        String reason) {
}
