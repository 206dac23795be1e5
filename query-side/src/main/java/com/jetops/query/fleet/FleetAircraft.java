package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftDetailsUpdatedEvent;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;

/** A row of the fleet read model: one aircraft as of the event {@link #version}. */
@Entity
@Table(name = "fleet_aircraft")
class FleetAircraft {
    @Id
    @Column(name = "aircraft_id")
    private String aircraftId;
    private String tailNumber;
    private String manufacturer;
    private String model;
    private String typeDesignator;
    @Enumerated(EnumType.STRING)
    private AircraftCategory category;
    private int yearOfManufacture;
    private int seatingCapacity;
    private int rangeNm;
    private int cruiseSpeedKt;
    private BigDecimal hourlyRateAmount;
    private String hourlyRateCurrency;
    private String baseAirport;
    private String currentAirport;
    @Enumerated(EnumType.STRING)
    private AircraftStatus status;
    @Column(columnDefinition = "text[]")
    private String[] amenities;
    private String interiorConfiguration;
    private String ownerId;
    private long airborneMinutes;
    private long cycles;
    private Instant lastBlockOn;
    private Instant registeredAt;
    /** Sequence number of the last event applied: replays and redeliveries at or below it are ignored. */
    private long version;

    protected FleetAircraft() {
    }

    static FleetAircraft registered(AircraftRegisteredEvent event, long sequenceNumber, Instant at) {
        FleetAircraft row = new FleetAircraft();
        row.aircraftId = event.aircraftId().value();
        row.tailNumber = event.tailNumber().value();
        row.manufacturer = event.specification().manufacturer();
        row.model = event.specification().model();
        row.typeDesignator = event.specification().typeDesignator();
        row.category = event.specification().category();
        row.yearOfManufacture = event.specification().yearOfManufacture();
        row.seatingCapacity = event.specification().seatingCapacity();
        row.rangeNm = event.specification().rangeNm();
        row.cruiseSpeedKt = event.specification().cruiseSpeedKt();
        row.hourlyRateAmount = event.specification().hourlyRate().amount();
        row.hourlyRateCurrency = event.specification().hourlyRate().currency().getCurrencyCode();
        row.baseAirport = event.baseAirport().value();
        row.currentAirport = event.baseAirport().value();
        row.status = AircraftStatus.AVAILABLE;
        row.amenities = event.amenities().stream().sorted().toArray(String[]::new);
        row.registeredAt = at;
        row.version = sequenceNumber;
        return row;
    }

    String aircraftId() {
        return aircraftId;
    }

    long version() {
        return version;
    }

    /** Applies a later event of this aircraft unless it is already reflected (replay, redelivery). */
    boolean applies(long sequenceNumber) {
        if (sequenceNumber <= version) {
            return false;
        }
        version = sequenceNumber;
        return true;
    }

    void detailsUpdated(AircraftDetailsUpdatedEvent event) {
        AircraftSpecification spec = event.specification();
        manufacturer = spec.manufacturer();
        model = spec.model();
        typeDesignator = spec.typeDesignator();
        category = spec.category();
        yearOfManufacture = spec.yearOfManufacture();
        seatingCapacity = spec.seatingCapacity();
        rangeNm = spec.rangeNm();
        cruiseSpeedKt = spec.cruiseSpeedKt();
        hourlyRateAmount = spec.hourlyRate().amount();
        hourlyRateCurrency = spec.hourlyRate().currency().getCurrencyCode();
        amenities = event.amenities().stream().sorted().toArray(String[]::new);
        interiorConfiguration = event.interiorConfiguration();
    }

    void ownedBy(String owner) {
        ownerId = owner;
    }

    void status(AircraftStatus newStatus) {
        status = newStatus;
    }

    void flew(FlightLegRecordedEvent leg) {
        airborneMinutes += leg.airborneMinutes();
        cycles += leg.cycles();
        if (lastBlockOn == null || leg.blockOn().isAfter(lastBlockOn)) {
            lastBlockOn = leg.blockOn();
            currentAirport = leg.to().value();
        }
    }

    /** A correction keeps the leg's route and its place in the log: only totals and block times change. */
    void corrected(FlightLegCorrectedEvent correction) {
        airborneMinutes += correction.airborneMinutesDelta();
        cycles += correction.cyclesDelta();
        if (correction.previous().blockOn().equals(lastBlockOn)) {
            lastBlockOn = correction.corrected().blockOn();
        }
    }

    AircraftView toView() {
        return new AircraftView(
                AircraftId.of(aircraftId),
                TailNumber.of(tailNumber),
                manufacturer,
                model,
                typeDesignator,
                category,
                yearOfManufacture,
                seatingCapacity,
                rangeNm,
                cruiseSpeedKt,
                new Money(hourlyRateAmount, Currency.getInstance(hourlyRateCurrency)),
                IcaoCode.of(baseAirport),
                IcaoCode.of(currentAirport),
                status,
                new LinkedHashSet<>(Arrays.asList(amenities)),
                interiorConfiguration,
                ownerId,
                airborneMinutes,
                cycles,
                registeredAt,
                null,
                null,
                version);
    }
}
