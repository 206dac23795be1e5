package com.jetops.api.aircraft;

import com.jetops.api.common.TimeWindow;

/** A calendar window was closed. */
public record BlackoutAddedEvent(
        AircraftId aircraftId,
        BlackoutId blackoutId,
        TimeWindow window,
        String reason) {
}
