package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A flown leg from the flight log: moves the aircraft and adds to its hours and cycles. */
public record RecordFlightLegCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        IcaoCode from,
        IcaoCode to,
        Instant blockOff,
        Instant blockOn,
        long airborneMinutes,
        int cycles) {
}
