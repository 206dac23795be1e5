package com.jetops.api.aircraft;

import java.time.Instant;

public record FindAircraftScheduleQuery(AircraftId aircraftId, Instant from, Instant to) {
}
