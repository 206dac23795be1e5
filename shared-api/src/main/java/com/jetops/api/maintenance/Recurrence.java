package com.jetops.api.maintenance;

/** For a recurring item: the interval from one completion to the next due point. */
public record Recurrence(Long everyAirborneHours, Long everyCycles, Integer everyMonths) {
}
