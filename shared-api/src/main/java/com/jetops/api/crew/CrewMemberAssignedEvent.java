package com.jetops.api.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import java.util.List;

/** The crew member was assigned; the checks record every rule and figure as evaluated. */
public record CrewMemberAssignedEvent(
        CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        BookingId bookingId,
        CrewRole role,
        CrewComplement complement,
        String typeDesignator,
        TimeWindow duty,
        List<TimeWindow> flights,
        List<LegalityCheck> checks) {
}
