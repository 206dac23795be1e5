package com.jetops.api.crew;

/** What a crew member was hired as. */
public enum CrewPosition {
    CAPTAIN,
    FIRST_OFFICER,
    FLIGHT_ATTENDANT
}
