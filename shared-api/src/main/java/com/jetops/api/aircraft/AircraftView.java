package com.jetops.api.aircraft;

import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;

import java.time.Instant;
import java.util.Set;

/**
 * An aircraft as the fleet read model shows it.
 *
 * @param airborneMinutes total airborne time recorded from flown legs
 * @param cycles          total take-off and landing cycles
 * @param nextReservation the next reservation starting after now, if any
 * @param position        the newest position report from its feed, if any (a stream beside the aggregate)
 * @param version         the aggregate version (sequence number of the last event) this view reflects
 */
public record AircraftView(
        AircraftId aircraftId,
        TailNumber tailNumber,
        String manufacturer,
        String model,
        String typeDesignator,
        AircraftCategory category,
        int yearOfManufacture,
        int seatingCapacity,
        int rangeNm,
        int cruiseSpeedKt,
        Money hourlyRate,
        IcaoCode baseAirport,
        IcaoCode currentAirport,
        AircraftStatus status,
        Set<String> amenities,
        String interiorConfiguration,
        String ownerId,
        long airborneMinutes,
        long cycles,
        Instant registeredAt,
        CalendarEntry nextReservation,
        AircraftPosition position,
        long version) {

    public AircraftView withNextReservation(CalendarEntry next) {
        return new AircraftView(aircraftId, tailNumber, manufacturer, model, typeDesignator, category,
                yearOfManufacture, seatingCapacity, rangeNm, cruiseSpeedKt, hourlyRate, baseAirport, currentAirport,
                status, amenities, interiorConfiguration, ownerId, airborneMinutes, cycles, registeredAt, next, position,
                version);
    }

    public AircraftView withPosition(AircraftPosition latest) {
        return new AircraftView(aircraftId, tailNumber, manufacturer, model, typeDesignator, category,
                yearOfManufacture, seatingCapacity, rangeNm, cruiseSpeedKt, hourlyRate, baseAirport, currentAirport,
                status, amenities, interiorConfiguration, ownerId, airborneMinutes, cycles, registeredAt,
                nextReservation, latest, version);
    }
}
