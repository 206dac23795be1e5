package com.jetops.api.crew;

/** How many pilots fly the trip; Part 135.267 sets different flight-time limits for each. */
public enum CrewComplement {
    ONE_PILOT,
    TWO_PILOT
}
