package com.jetops.api.crew;

import com.jetops.api.common.IcaoCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hires a crew member; the employee id is unique. */
public record HireCrewMemberCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        String employeeId,
        String name,
        CrewPosition position,
        IcaoCode baseAirport,
        CrewContact contact) {
}
