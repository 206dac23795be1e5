package com.jetops.api.booking;

import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewRole;
import java.util.List;

/** A crew member on a booking: the role and one assignment per duty period of the trip. */
public record CrewAssignment(CrewMemberId crewMemberId, String name, CrewRole role, List<AssignmentId> assignments) {
}
