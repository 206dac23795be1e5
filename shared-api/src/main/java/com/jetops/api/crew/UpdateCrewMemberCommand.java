package com.jetops.api.crew;

import com.jetops.api.common.IcaoCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces name, base and contact details. */
public record UpdateCrewMemberCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        String name,
        IcaoCode baseAirport,
        CrewContact contact) {
}
