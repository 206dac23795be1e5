package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;

/** Whether an aircraft is registered, answered from the command side's own tail-number table. */
public interface KnownAircraft {
    boolean exists(AircraftId aircraftId);
}
