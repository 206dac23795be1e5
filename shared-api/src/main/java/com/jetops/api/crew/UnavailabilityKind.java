package com.jetops.api.crew;

/** Why a crew member cannot be rostered in a window. */
public enum UnavailabilityKind {
    DAY_OFF,
    LEAVE,
    SICKNESS
}
