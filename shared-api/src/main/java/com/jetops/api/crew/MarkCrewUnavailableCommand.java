package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a window in which the crew member cannot be rostered. */
public record MarkCrewUnavailableCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        UnavailabilityId unavailabilityId,
        UnavailabilityKind kind,
        TimeWindow window) {
}
