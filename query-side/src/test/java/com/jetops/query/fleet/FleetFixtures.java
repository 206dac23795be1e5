package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;

import java.util.Set;
import java.util.UUID;

/** Registered aircraft with unique ids and tail numbers, so tests sharing a database never collide. */
public final class FleetFixtures {
    private FleetFixtures() {
    }

    public static String uniqueTail() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    public static AircraftRegisteredEvent citationLatitudeAt(String icao) {
        return new AircraftRegisteredEvent(AircraftId.random(), new TailNumber(uniqueTail()),
                new AircraftSpecification("Cessna", "Citation Latitude", "C68A", AircraftCategory.MIDSIZE_JET, 2020,
                        9, 2700, 446, Money.of("4800.00", "USD")),
                new IcaoCode(icao), Set.of("wifi", "flat floor"));
    }

    public static AircraftRegisteredEvent globalAt(String icao) {
        return new AircraftRegisteredEvent(AircraftId.random(), new TailNumber(uniqueTail()),
                new AircraftSpecification("Bombardier", "Global 7500", "GL7T", AircraftCategory.ULTRA_LONG_RANGE_JET,
                        2022, 17, 7700, 488, Money.of("11500.00", "USD")),
                new IcaoCode(icao), Set.of("wifi", "master suite", "shower"));
    }
}
