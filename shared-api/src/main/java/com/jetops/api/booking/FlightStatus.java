package com.jetops.api.booking;

/** What operations report about a leg. */
public enum FlightStatus {
    DELAYED,
    DEPARTED,
    DIVERTED,
    ARRIVED
}
