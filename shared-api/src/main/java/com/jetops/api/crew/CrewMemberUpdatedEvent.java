package com.jetops.api.crew;

import com.jetops.api.common.IcaoCode;

/** A crew member's name, base or contact details changed. */
public record CrewMemberUpdatedEvent(
        CrewMemberId crewMemberId,
        String name,
        IcaoCode baseAirport,
        CrewContact contact) {
}
