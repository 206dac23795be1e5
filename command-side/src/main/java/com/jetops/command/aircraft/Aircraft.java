package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TailNumber;
import com.jetops.api.reference.Airports;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One aircraft of the fleet. It owns everything that decides whether it may fly a trip:
 * its specification, where it is and its status; later its calendar of reservations,
 * blackouts and maintenance blocks.
 */
@Aggregate(snapshotTriggerDefinition = "aircraftSnapshotTrigger")
public class Aircraft {
    private static final Pattern TYPE_DESIGNATOR = Pattern.compile("[A-Z][A-Z0-9]{1,3}");
    static final int MAX_AMENITIES = 50;

    @AggregateIdentifier
    private AircraftId aircraftId;
    private TailNumber tailNumber;
    private IcaoCode baseAirport;
    private IcaoCode currentAirport;
    private AircraftStatus status;

    protected Aircraft() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public Aircraft(RegisterAircraftCommand command, Airports airports, TailNumberClaims tailNumbers) {
        Require.present(command.aircraftId(), "aircraftId");
        Require.present(command.tailNumber(), "tailNumber");
        checkSpecification(Require.present(command.specification(), "specification"));
        Require.present(command.baseAirport(), "baseAirport");
        if (!airports.contains(command.baseAirport())) {
            throw new RuleViolationException(ErrorCode.UNKNOWN_AIRPORT, "baseAirport",
                    "No airport " + command.baseAirport() + " in the reference data");
        }
        checkAmenities(command.amenities());
        if (!tailNumbers.claim(command.tailNumber(), command.aircraftId())) {
            throw new RuleViolationException(ErrorCode.TAIL_NUMBER_TAKEN, "tailNumber",
                    "Tail number " + command.tailNumber() + " is already registered to another aircraft");
        }
        apply(new AircraftRegisteredEvent(command.aircraftId(), command.tailNumber(), command.specification(),
                command.baseAirport(), command.amenities()));
    }

    private static void checkSpecification(AircraftSpecification spec) {
        Require.text(spec.manufacturer(), "manufacturer", 80);
        Require.text(spec.model(), "model", 80);
        Require.that(Require.present(spec.typeDesignator(), "typeDesignator"),
                designator -> TYPE_DESIGNATOR.matcher(designator).matches(), "typeDesignator",
                "typeDesignator must be an ICAO aircraft type designator (2-4 capitals/digits, e.g. GLF6)");
        Require.present(spec.category(), "category");
        int nextYear = Year.now(ZoneOffset.UTC).getValue() + 1;
        Require.that(spec.yearOfManufacture(), year -> year >= 1950 && year <= nextYear, "yearOfManufacture",
                "yearOfManufacture must be between 1950 and " + nextYear);
        Require.that(spec.seatingCapacity(), seats -> seats >= 1 && seats <= 200, "seatingCapacity",
                "seatingCapacity must be between 1 and 200 passenger seats");
        Require.that(spec.rangeNm(), range -> range >= 100 && range <= 10_000, "rangeNm",
                "rangeNm must be between 100 and 10000 nautical miles");
        Require.that(spec.cruiseSpeedKt(), speed -> speed >= 100 && speed <= 650, "cruiseSpeedKt",
                "cruiseSpeedKt must be between 100 and 650 knots");
        Require.that(Require.present(spec.hourlyRate(), "hourlyRate"), rate -> rate.isPositive(), "hourlyRate",
                "hourlyRate must be more than zero");
    }

    private static void checkAmenities(Set<String> amenities) {
        Require.that(amenities, a -> a.size() <= MAX_AMENITIES, "amenities",
                "at most " + MAX_AMENITIES + " amenities");
        for (String amenity : amenities) {
            Require.text(amenity, "amenities", 60);
        }
    }

    @EventSourcingHandler
    void on(AircraftRegisteredEvent event) {
        aircraftId = event.aircraftId();
        tailNumber = event.tailNumber();
        baseAirport = event.baseAirport();
        currentAirport = event.baseAirport();
        status = AircraftStatus.AVAILABLE;
    }
}
