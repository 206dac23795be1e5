package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;

/** A flight leg was flown: the aircraft is now at the destination. */
public record FlightLegRecordedEvent(
        AircraftId aircraftId,
        IcaoCode from,
        IcaoCode to,
        Instant blockOff,
        Instant blockOn,
        long airborneMinutes,
        int cycles) {
}
