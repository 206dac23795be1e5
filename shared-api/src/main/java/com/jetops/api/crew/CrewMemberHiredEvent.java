package com.jetops.api.crew;

import com.jetops.api.common.IcaoCode;

/** A crew member was hired. */
public record CrewMemberHiredEvent(
        CrewMemberId crewMemberId,
        String employeeId,
        String name,
        CrewPosition position,
        IcaoCode baseAirport,
        CrewContact contact) {
}
