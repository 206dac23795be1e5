package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.TailNumber;

import java.util.HashMap;
import java.util.Map;

/** The uniqueness rule without a database, for aggregate tests; PostgresTailNumberClaims is tested on PostgreSQL. */
class InMemoryTailNumberClaims implements TailNumberClaims {
    private final Map<TailNumber, AircraftId> claims = new HashMap<>();

    @Override
    public boolean claim(TailNumber tailNumber, AircraftId aircraftId) {
        return claims.putIfAbsent(tailNumber, aircraftId) == null;
    }
}
