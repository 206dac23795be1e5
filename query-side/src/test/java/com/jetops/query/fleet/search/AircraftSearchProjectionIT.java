package com.jetops.query.fleet.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.aircraft.AircraftSearchResult;
import com.jetops.api.aircraft.SearchAircraftQuery;
import com.jetops.query.QuerySideIntegrationTest;
import com.jetops.query.fleet.FleetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Events in, search out, on the real Elasticsearch; redelivery must be harmless. */
@QuerySideIntegrationTest
class AircraftSearchProjectionIT {
    private static final Instant AT = Instant.parse("2026-11-02T12:00:00Z");

    @Autowired
    AircraftSearchProjection projection;
    @Autowired
    ElasticsearchClient elasticsearch;

    private AircraftSearchResult search(String text) throws Exception {
        elasticsearch.indices().refresh(r -> r.index("test-aircraft"));
        return projection.search(new SearchAircraftQuery(text, 0, 50));
    }

    @Test
    void findsARegisteredAircraftByTailModelAndBaseCity() throws Exception {
        AircraftRegisteredEvent event = FleetFixtures.globalAt("EGLF");

        projection.on(event, 0, AT);

        assertThat(search(event.tailNumber().value()).hits()).extracting(hit -> hit.aircraft().aircraftId())
                .contains(event.aircraftId());
        assertThat(search("Farnborough").hits()).extracting(hit -> hit.aircraft().aircraftId())
                .contains(event.aircraftId());
    }

    @Test
    void aRedeliveredEventIsIgnoredWithoutError() throws Exception {
        AircraftRegisteredEvent event = FleetFixtures.citationLatitudeAt("KTEB");
        projection.on(event, 0, AT);

        assertThatCode(() -> projection.on(event, 0, AT.plusSeconds(30))).doesNotThrowAnyException();

        var hit = search(event.tailNumber().value()).hits().stream()
                .filter(h -> h.aircraft().aircraftId().equals(event.aircraftId())).findFirst().orElseThrow();
        assertThat(hit.aircraft().registeredAt()).isEqualTo(AT);
    }

    @Test
    void laterEventsChangeTheDocumentOnceEach() throws Exception {
        AircraftRegisteredEvent event = FleetFixtures.citationLatitudeAt("KTEB");
        projection.on(event, 0, AT);
        Instant blockOn = Instant.parse("2026-11-03T15:00:00Z");
        FlightLegRecordedEvent leg = new FlightLegRecordedEvent(event.aircraftId(), new IcaoCode("KTEB"),
                new IcaoCode("KASE"), blockOn.minusSeconds(4 * 3600), blockOn, 220, 1, null);

        projection.on(leg, 1);
        projection.on(leg, 1);
        projection.on(new AircraftGroundedEvent(event.aircraftId(), "AOG: brake wear"), 2);
        FlightLegCorrectedEvent correction = new FlightLegCorrectedEvent(event.aircraftId(), leg.flightLegId(),
                new FlightLegFigures(leg.blockOff(), blockOn, 220, 1),
                new FlightLegFigures(leg.blockOff(), blockOn, 200, 1), -20, 0, "tech log re-read");
        projection.on(correction, 3);
        projection.on(correction, 3);

        var view = search(event.tailNumber().value()).hits().stream()
                .filter(h -> h.aircraft().aircraftId().equals(event.aircraftId())).findFirst().orElseThrow().aircraft();
        assertThat(view.currentAirport()).isEqualTo(new IcaoCode("KASE"));
        assertThat(view.airborneMinutes()).isEqualTo(200);
        assertThat(view.status()).isEqualTo(AircraftStatus.GROUNDED);
        assertThat(view.version()).isEqualTo(3);
    }
}
