package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftRetiredEvent;
import com.jetops.api.aircraft.AircraftReturnedToServiceEvent;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.AircraftPage;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.aircraft.FindAircraftQuery;
import com.jetops.api.aircraft.ListAircraftQuery;
import com.jetops.api.common.IcaoCode;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.jetops.query.fleet.FleetFixtures.citationLatitudeAt;
import static com.jetops.query.fleet.FleetFixtures.globalAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Events in, queries out, on the real PostgreSQL read model. */
@QuerySideIntegrationTest
class FleetProjectionIT {
    private static final Instant REGISTERED_AT = Instant.parse("2026-11-01T09:30:00Z");

    @Autowired
    FleetProjection projection;

    @Test
    void showsARegisteredAircraftAvailableAtItsBase() {
        AircraftRegisteredEvent event = citationLatitudeAt("KTEB");

        projection.on(event, 0, REGISTERED_AT);

        AircraftView view = projection.find(new FindAircraftQuery(event.aircraftId()));
        assertThat(view.tailNumber()).isEqualTo(event.tailNumber());
        assertThat(view.status()).isEqualTo(AircraftStatus.AVAILABLE);
        assertThat(view.currentAirport()).isEqualTo(new IcaoCode("KTEB"));
        assertThat(view.hourlyRate()).isEqualTo(event.specification().hourlyRate());
        assertThat(view.amenities()).containsExactlyInAnyOrder("wifi", "flat floor");
        assertThat(view.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(view.version()).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        AircraftRegisteredEvent event = citationLatitudeAt("KVNY");
        projection.on(event, 0, REGISTERED_AT);

        projection.on(event, 0, REGISTERED_AT.plusSeconds(60));

        assertThat(projection.find(new FindAircraftQuery(event.aircraftId())).registeredAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void answersNothingForAnUnknownAircraft() {
        assertThat(projection.find(new FindAircraftQuery(citationLatitudeAt("KTEB").aircraftId()))).isNull();
    }

    @Test
    void filtersTheFleetByBaseAndCategory() {
        AircraftRegisteredEvent atAspen = citationLatitudeAt("KASE");
        AircraftRegisteredEvent globalAtAspen = globalAt("KASE");
        projection.on(atAspen, 0, REGISTERED_AT);
        projection.on(globalAtAspen, 0, REGISTERED_AT);
        projection.on(citationLatitudeAt("KSUN"), 0, REGISTERED_AT);

        AircraftPage midsizeAtAspen = projection.list(new ListAircraftQuery(AircraftStatus.AVAILABLE,
                new IcaoCode("KASE"), AircraftCategory.MIDSIZE_JET, 0, 50));
        AircraftPage allAtAspen = projection.list(new ListAircraftQuery(null, new IcaoCode("KASE"), null, 0, 50));

        assertThat(midsizeAtAspen.items()).extracting(AircraftView::aircraftId).contains(atAspen.aircraftId())
                .doesNotContain(globalAtAspen.aircraftId());
        assertThat(allAtAspen.items()).extracting(AircraftView::aircraftId)
                .contains(atAspen.aircraftId(), globalAtAspen.aircraftId());
        assertThat(allAtAspen.items()).allMatch(view -> view.baseAirport().equals(new IcaoCode("KASE")));
    }

    private static FlightLegRecordedEvent leg(AircraftRegisteredEvent aircraft, String from, String to, String blockOn) {
        Instant on = Instant.parse(blockOn);
        return new FlightLegRecordedEvent(aircraft.aircraftId(), new IcaoCode(from), new IcaoCode(to),
                on.minusSeconds(3 * 3600), on, 150, 1, null);
    }

    @Test
    void followsFlownLegsOnceEachAndIgnoresALateLogEntryForLocation() {
        AircraftRegisteredEvent event = citationLatitudeAt("KTEB");
        projection.on(event, 0, REGISTERED_AT);

        projection.on(leg(event, "KTEB", "KMIA", "2026-11-10T15:00:00Z"), 1);
        projection.on(leg(event, "KMIA", "MYNN", "2026-11-11T15:00:00Z"), 2);
        projection.on(leg(event, "KMIA", "MYNN", "2026-11-11T15:00:00Z"), 2); // redelivered
        projection.on(leg(event, "KTEB", "KBOS", "2026-11-01T15:00:00Z"), 3); // entered late

        AircraftView view = projection.find(new FindAircraftQuery(event.aircraftId()));
        assertThat(view.currentAirport()).isEqualTo(new IcaoCode("MYNN"));
        assertThat(view.airborneMinutes()).isEqualTo(450);
        assertThat(view.cycles()).isEqualTo(3);
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void followsAFlightLogCorrectionOnce() {
        AircraftRegisteredEvent event = citationLatitudeAt("KTEB");
        projection.on(event, 0, REGISTERED_AT);
        FlightLegRecordedEvent leg = leg(event, "KTEB", "KMIA", "2026-11-10T15:00:00Z");
        projection.on(leg, 1);
        FlightLegCorrectedEvent correction = new FlightLegCorrectedEvent(event.aircraftId(), leg.flightLegId(),
                new FlightLegFigures(leg.blockOff(), leg.blockOn(), 150, 1),
                new FlightLegFigures(leg.blockOff(), leg.blockOn(), 120, 2), -30, 1, "tech log re-read");

        projection.on(correction, 2);
        projection.on(correction, 2); // redelivered

        AircraftView view = projection.find(new FindAircraftQuery(event.aircraftId()));
        assertThat(view.airborneMinutes()).isEqualTo(120);
        assertThat(view.cycles()).isEqualTo(2);
        assertThat(view.currentAirport()).isEqualTo(new IcaoCode("KMIA"));
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void showsGroundingReturnAndRetirement() {
        AircraftRegisteredEvent event = globalAt("KVNY");
        projection.on(event, 0, REGISTERED_AT);

        projection.on(new AircraftGroundedEvent(event.aircraftId(), "AOG"), 1);
        assertThat(projection.find(new FindAircraftQuery(event.aircraftId())).status()).isEqualTo(AircraftStatus.GROUNDED);

        projection.on(new AircraftReturnedToServiceEvent(event.aircraftId()), 2);
        projection.on(new AircraftRetiredEvent(event.aircraftId(), "sold"), 3);
        assertThat(projection.find(new FindAircraftQuery(event.aircraftId())).status()).isEqualTo(AircraftStatus.RETIRED);
    }
}
