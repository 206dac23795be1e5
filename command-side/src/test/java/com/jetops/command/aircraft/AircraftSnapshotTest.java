package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.BlackoutAddedEvent;
import com.jetops.api.aircraft.BlackoutId;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TimeWindow;
import com.jetops.platform.eventstore.AxonSerializers;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots go through the same Jackson serializer as events; an aircraft must come back whole. */
class AircraftSnapshotTest {

    @Test
    void anAircraftSurvivesASnapshotRoundTrip() {
        Aircraft aircraft = new Aircraft();
        aircraft.on(AircraftFixtures.registered(AircraftFixtures.registerG650()));
        aircraft.on(new AircraftReservationHeldEvent(AircraftFixtures.G650_ID, ReservationId.random(),
                BookingId.random(), new TimeWindow(Instant.parse("2027-01-05T08:00:00Z"),
                Instant.parse("2027-01-05T12:00:00Z"))));
        aircraft.on(new BlackoutAddedEvent(AircraftFixtures.G650_ID, BlackoutId.random(),
                new TimeWindow(Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-02-03T00:00:00Z")),
                "owner holiday"));
        Instant blockOff = Instant.parse("2026-11-30T13:00:00Z");
        FlightLegRecordedEvent leg = new FlightLegRecordedEvent(AircraftFixtures.G650_ID, new IcaoCode("KTEB"),
                new IcaoCode("KPBI"), blockOff, blockOff.plusSeconds(9600), 145, 1, null);
        aircraft.on(leg);
        aircraft.on(new FlightLegCorrectedEvent(AircraftFixtures.G650_ID, leg.flightLegId(),
                new FlightLegFigures(blockOff, leg.blockOn(), 145, 1),
                new FlightLegFigures(blockOff, leg.blockOn(), 130, 1), -15, 0, "tech log"));
        Serializer serializer = AxonSerializers.jackson();

        SerializedObject<byte[]> snapshot = serializer.serialize(aircraft, byte[].class);
        Aircraft restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(aircraft);
        assertThat(new String(snapshot.getData())).contains("\"tailNumber\":\"N650GA\"").contains("owner holiday")
                .contains(leg.flightLegId().value());
    }
}
