package com.jetops.api.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assigns the crew member to a booking: the duty period (report to release) and the planned flights (block times) within it. */
public record AssignCrewMemberCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        BookingId bookingId,
        CrewRole role,
        CrewComplement complement,
        String typeDesignator,
        TimeWindow duty,
        List<TimeWindow> flights) {
}
