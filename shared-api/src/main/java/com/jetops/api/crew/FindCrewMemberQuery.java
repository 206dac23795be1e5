package com.jetops.api.crew;

/** One crew member as a {@link CrewMemberView}, or null when unknown. */
public record FindCrewMemberQuery(CrewMemberId crewMemberId) {
}
