package com.jetops.api.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;

import java.util.List;

/**
 * Under the proposed limits: the pilots whose flight time in the period would break them (with
 * every figure that would), and the pilots' assignments whose duty period or preceding rest
 * would (with the checks that fail).
 */
public record ComplianceWhatIf(ComplianceWhatIfQuery proposed, int pilotsChecked,
                               List<CrewAssignments.PilotFlightTime> wouldBreach, int assignmentsChecked,
                               List<AssignmentBreach> assignmentsWouldBreach) {

    public record AssignmentBreach(CrewMemberId crewMemberId, String name, AssignmentId assignmentId,
                                   BookingId bookingId, TimeWindow duty, List<LegalityCheck> failing) {
    }
}
