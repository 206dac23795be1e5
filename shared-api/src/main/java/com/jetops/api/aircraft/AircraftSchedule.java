package com.jetops.api.aircraft;

import java.time.Instant;
import java.util.List;

/** The calendar entries of one aircraft overlapping [from, to), by start. */
public record AircraftSchedule(AircraftId aircraftId, Instant from, Instant to, List<CalendarEntry> entries) {
}
