package com.jetops.command.crew;

import com.jetops.api.crew.CrewMemberId;

/** Set-based validation of employee-id uniqueness, written in the event's transaction. */
public interface EmployeeIdClaims {

    /** @return true if the employee id is now held by this crew member, false if another holds it */
    boolean claim(String employeeId, CrewMemberId crewMemberId);
}
