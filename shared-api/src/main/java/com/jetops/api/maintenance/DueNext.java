package com.jetops.api.maintenance;

import java.time.LocalDate;

/**
 * What an open item is due at next, whichever comes first, and the margin left to each limit
 * as of today (UTC) and the aircraft's current totals. The limits are the item's due point and,
 * for a deferred defect, its MEL deferral (onDate is the earlier of the two dates). An item is
 * overdue once hoursLeft or cyclesLeft is 0 or less, or daysLeft is below 0 (it is good through
 * its date). A margin is null when the item has no such limit.
 *
 * @param aircraftAirborneHours the aircraft's whole airborne hours (minutes / 60, rounded down, as the
 *                              command side counts them)
 */
public record DueNext(
        Long atAirborneHours,
        Long atCycles,
        LocalDate onDate,
        Long hoursLeft,
        Long cyclesLeft,
        Long daysLeft,
        long aircraftAirborneHours,
        long aircraftCycles) {
}
