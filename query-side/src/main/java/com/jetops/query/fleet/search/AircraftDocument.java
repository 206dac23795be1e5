package com.jetops.query.fleet.search;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;
import com.jetops.api.reference.Airport;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * An aircraft in the search index: the fleet view plus its base airport's IATA code, name and
 * city, so "Teterboro" or "TEB" finds the aircraft based at KTEB. Written whole on
 * registration; later events change single fields of the stored document.
 */
public record AircraftDocument(
        String aircraftId,
        String tailNumber,
        String manufacturer,
        String model,
        String typeDesignator,
        AircraftCategory category,
        int yearOfManufacture,
        int seatingCapacity,
        int rangeNm,
        int cruiseSpeedKt,
        Money hourlyRate,
        String baseAirport,
        String baseAirportIata,
        String baseAirportName,
        String baseAirportCity,
        String currentAirport,
        AircraftStatus status,
        Set<String> amenities,
        String interiorConfiguration,
        String ownerId,
        long airborneMinutes,
        long cycles,
        Instant lastBlockOn,
        Instant registeredAt,
        long version) {

    static AircraftDocument registered(AircraftRegisteredEvent event, Airport base, long sequenceNumber, Instant at) {
        var spec = event.specification();
        return new AircraftDocument(event.aircraftId().value(), event.tailNumber().value(), spec.manufacturer(),
                spec.model(), spec.typeDesignator(), spec.category(), spec.yearOfManufacture(),
                spec.seatingCapacity(), spec.rangeNm(), spec.cruiseSpeedKt(), spec.hourlyRate(),
                event.baseAirport().value(), base == null ? null : base.iata(), base == null ? null : base.name(),
                base == null ? null : base.municipality(), event.baseAirport().value(), AircraftStatus.AVAILABLE,
                new TreeSet<>(event.amenities()), null, null, 0, 0, null, at, sequenceNumber);
    }

    AircraftView toView() {
        return new AircraftView(AircraftId.of(aircraftId), TailNumber.of(tailNumber), manufacturer, model,
                typeDesignator, category, yearOfManufacture, seatingCapacity, rangeNm, cruiseSpeedKt, hourlyRate,
                IcaoCode.of(baseAirport), IcaoCode.of(currentAirport), status, amenities, interiorConfiguration, ownerId,
                airborneMinutes, cycles, registeredAt, null, null, version);
    }
}
