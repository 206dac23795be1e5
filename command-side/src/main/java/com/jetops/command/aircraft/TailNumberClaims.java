package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.TailNumber;

/**
 * Set-based validation of tail-number uniqueness. A claim is written in the same transaction
 * as the event that needs it, so either both are stored or neither.
 */
public interface TailNumberClaims {

    /** @return true if the tail number is now held by this aircraft, false if another holds it */
    boolean claim(TailNumber tailNumber, AircraftId aircraftId);
}
