package com.jetops.api.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import java.util.List;

/**
 * The crew member was assigned; the checks record every rule and figure as evaluated, the
 * warnings what the roster should fix but does not make the assignment illegal.
 */
public record CrewMemberAssignedEvent(
        CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        BookingId bookingId,
        CrewRole role,
        CrewComplement complement,
        String typeDesignator,
        TimeWindow duty,
        List<TimeWindow> flights,
        List<LegalityCheck> checks,
        List<RosterWarning> warnings) {
}
