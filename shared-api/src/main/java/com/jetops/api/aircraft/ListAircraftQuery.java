package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;

/** A page of the fleet, optionally filtered; null filters match everything. Answers an {@link AircraftPage}. */
public record ListAircraftQuery(
        AircraftStatus status,
        IcaoCode baseAirport,
        AircraftCategory category,
        int page,
        int size) {
}
