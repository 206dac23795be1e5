package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;
import java.util.List;

/**
 * Actual duty and flight times beside the planned ones. {@code overrunMinutes} is how far the
 * actual release passed the planned one (0 if not); {@code requiredRestMinutes} the longer rest
 * that overrun demands before the next duty (null when none); {@code assignmentsInRest} the
 * assignments already rostered inside that rest, which operations must now re-crew.
 */
public record ActualDutyRecordedEvent(
        CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        TimeWindow plannedDuty,
        TimeWindow duty,
        List<TimeWindow> flights,
        boolean overrunBeyondControl,
        long overrunMinutes,
        Long requiredRestMinutes,
        List<AssignmentId> assignmentsInRest) {
}
