package com.jetops.api.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import java.util.List;

/**
 * One assignment of a crew member to a booking. {@code duty} and {@code flights} are what counts
 * now: the actual times once reported, the planned ones until then (both are kept). The duty and
 * flight seconds are of those. {@code checks} and {@code warnings} are the legality as it stood
 * when the assignment was made.
 */
public record CrewAssignmentView(
        AssignmentId assignmentId,
        CrewMemberId crewMemberId,
        String name,
        BookingId bookingId,
        CrewRole role,
        CrewComplement complement,
        String typeDesignator,
        TimeWindow duty,
        List<TimeWindow> flights,
        long dutySeconds,
        long flightSeconds,
        TimeWindow plannedDuty,
        List<TimeWindow> plannedFlights,
        Actual actual,
        List<LegalityCheck> checks,
        List<RosterWarning> warnings) {

    /**
     * The times reported after the trip; {@code requiredRestMinutes} is the longer rest an overrun
     * beyond control demands (null when none) and {@code assignmentsInRest} those rostered inside it.
     */
    public record Actual(TimeWindow duty, List<TimeWindow> flights, boolean overrunBeyondControl, long overrunMinutes,
                         Long requiredRestMinutes, List<AssignmentId> assignmentsInRest) {
    }
}
