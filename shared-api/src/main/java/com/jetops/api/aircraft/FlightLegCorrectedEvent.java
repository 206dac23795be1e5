package com.jetops.api.aircraft;

/**
 * A flown leg's flight-log figures were corrected. History keeps both versions; the deltas
 * (corrected minus previous) are what the aircraft's totals changed by.
 */
public record FlightLegCorrectedEvent(
        AircraftId aircraftId,
        FlightLegId flightLegId,
        FlightLegFigures previous,
        FlightLegFigures corrected,
        long airborneMinutesDelta,
        int cyclesDelta,
        String reason) {
}
