package com.jetops.api.crew;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws an unavailability window. */
public record ClearCrewUnavailabilityCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        UnavailabilityId unavailabilityId) {
}
