package com.jetops.api.aircraft;

/** Operational status as the fleet board shows it. */
public enum AircraftStatus {
    AVAILABLE,
    RESERVED,
    IN_FLIGHT,
    IN_MAINTENANCE,
    /** Cannot fly: AOG or overdue maintenance. */
    GROUNDED,
    RETIRED
}
