package com.jetops.api.maintenance;

import java.time.LocalDate;

/**
 * When an item falls due, whichever comes first: aircraft airborne hours, cycles, or a date.
 * Any of them may be absent, not all.
 */
public record DuePoint(Long atAirborneHours, Long atCycles, LocalDate onDate) {
}
