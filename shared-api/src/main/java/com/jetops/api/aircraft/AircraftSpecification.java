package com.jetops.api.aircraft;

import com.jetops.api.common.Money;

/**
 * What an aircraft is and can do, as registered. Numbers are checked by the Aircraft aggregate,
 * which names the field at fault.
 *
 * @param typeDesignator ICAO aircraft type designator (GLF6, C68A); crew type ratings refer to it
 * @param rangeNm        still-air range with reserves, nautical miles
 * @param cruiseSpeedKt  normal cruise true airspeed, knots
 * @param hourlyRate     what one billable flight hour costs the client
 */
public record AircraftSpecification(
        String manufacturer,
        String model,
        String typeDesignator,
        AircraftCategory category,
        int yearOfManufacture,
        int seatingCapacity,
        int rangeNm,
        int cruiseSpeedKt,
        Money hourlyRate) {
}
