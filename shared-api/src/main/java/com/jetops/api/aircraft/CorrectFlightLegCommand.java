package com.jetops.api.aircraft;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a recorded leg's flight-log figures (route unchanged), with the reason; the
 * aircraft's hours and cycles, and what maintenance is due, follow the difference.
 */
public record CorrectFlightLegCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        FlightLegId flightLegId,
        Instant blockOff,
        Instant blockOn,
        long airborneMinutes,
        int cycles,
        String reason) {
}
