package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;

/**
 * A flight leg was flown: the aircraft is now at the destination. flightLegId names the leg for
 * corrections; events written before it existed read it as {@link FlightLegId#ofLeg}, which is
 * also how every new leg's id is made.
 */
public record FlightLegRecordedEvent(
        AircraftId aircraftId,
        IcaoCode from,
        IcaoCode to,
        Instant blockOff,
        Instant blockOn,
        long airborneMinutes,
        int cycles,
        FlightLegId flightLegId) {

    public FlightLegRecordedEvent {
        if (flightLegId == null && aircraftId != null && blockOff != null) {
            flightLegId = FlightLegId.ofLeg(aircraftId, blockOff);
        }
    }
}
