package com.jetops.api.crew;

/** The seat taken on an assignment: pilot in command, second in command, or cabin. */
public enum CrewRole {
    PILOT_IN_COMMAND,
    SECOND_IN_COMMAND,
    CABIN;

    public boolean isPilot() {
        return this != CABIN;
    }
}
