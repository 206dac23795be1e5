package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;

/** A page of the fleet, optionally filtered; null filters match everything. Answers an {@link AircraftPage}. */
/** The fleet by status, base and category; {@code ownerId} narrows it to one owner's aircraft. */
public record ListAircraftQuery(
        AircraftStatus status,
        IcaoCode baseAirport,
        AircraftCategory category,
        String ownerId,
        int page,
        int size) {

    public ListAircraftQuery(AircraftStatus status, IcaoCode baseAirport, AircraftCategory category, int page, int size) {
        this(status, baseAirport, category, null, page, size);
    }
}
