package com.jetops.query.admin;

import com.jetops.query.TestTokens;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.client.Address;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TimeWindow;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import com.jetops.query.fleet.FleetFixtures;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read model built live, event by event, is what a replay from the first event builds:
 * checksums of every PostgreSQL table and every search document before and after rebuilding
 * every projection through the admin API. A search index is rebuilt beside the one serving, so
 * searches keep finding everything meanwhile. The store holds whatever earlier tests appended.
 */
@QuerySideIntegrationTest
class ReplayEqualityIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every read model table of the query side. */
    private static final List<String> TABLES = List.of("fleet_aircraft", "aircraft_calendar", "flight_booking",
            "empty_leg", "empty_leg_discount", "client", "finance_invoice", "quote_funnel", "flown_leg", "crew_member",
            "crew_qualification", "crew_assignment", "crew_unavailability", "maintenance_item", "maintenance_step",
            "maintenance_completion", "leg_punctuality");

    @Autowired
    Projections projections;
    @Autowired
    EventStoreFixture.Appender events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndexes searchIndexes;
    @Autowired
    ElasticsearchClient elasticsearch;
    @LocalServerPort
    int port;

    @Test
    void aReplayFromScratchRebuildsIdenticalReadModels() throws Exception {
        // Tests that fed handlers directly left rows no event explains: start from the events alone.
        rebuildEverything();
        appendLiveEvents();
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(60))).as(projections.statuses().toString()).isTrue();
        Map<String, String> live = checksums();
        Map<String, Map<String, JsonNode>> liveDocuments = searchDocuments();
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isPositive();
        assertThat(liveDocuments.get("clients")).isNotEmpty();

        rebuildEverything();
        assertThat(checksums()).isEqualTo(live);
        assertThat(searchDocuments()).isEqualTo(liveDocuments);
    }

    private void rebuildEverything() throws Exception {
        Map<String, Integer> servedBefore = searchDocumentCounts();
        JsonNode processors = JSON.readTree(send("GET", "/admin/projections").body());
        for (JsonNode processor : processors) {
            HttpResponse<String> rebuild = send("POST", "/admin/projections/" + processor.get("name").asText() + "/rebuild");
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
            JsonNode searchIndex = JSON.readTree(rebuild.body()).path("searchIndex");
            if (!searchIndex.isMissingNode() && !searchIndex.isNull()) {
                assertThat(searchIndex.get("writing")).as("a new index is filled").isNotEqualTo(searchIndex.get("serving"));
            }
        }
        // Every index is being rebuilt now, yet searches still read complete indices.
        assertThat(searchDocumentCounts()).isEqualTo(servedBefore);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(120))).as(projections.statuses().toString()).isTrue();
        assertThat(send("POST", "/admin/projections/no-such-projection/rebuild").statusCode()).isEqualTo(404);
    }

    /** A few events of several kinds, projected live while the test waits. */
    private void appendLiveEvents() {
        AircraftRegisteredEvent aircraft = FleetFixtures.globalAt("KTEB");
        events.append("Aircraft", aircraft.aircraftId().value(), 0, aircraft);
        Instant off = Instant.parse("2026-06-01T12:00:00Z");
        events.append("Aircraft", aircraft.aircraftId().value(), 1, new FlightLegRecordedEvent(aircraft.aircraftId(),
                new IcaoCode("KTEB"), new IcaoCode("EGLL"), off, off.plusSeconds(7 * 3600), 400, 1, null));
        events.append("Aircraft", aircraft.aircraftId().value(), 2, new AircraftReservationHeldEvent(
                aircraft.aircraftId(), ReservationId.random(), BookingId.random(),
                new TimeWindow(off.plus(Duration.ofDays(30)), off.plus(Duration.ofDays(31)))));
        ClientId clientId = ClientId.random();
        events.append("Client", clientId.value(), 0, new ClientRegisteredEvent(clientId, new ClientProfile(
                ClientKind.INDIVIDUAL, null, new Contact("Nell Crain", null, "+1 212 555 0142", null),
                clientId.value() + "@example.com", "+1 212 555 0142",
                new Address("1 Hill House Lane", null, "Hillsdale", "12529", "US"), List.of())));
        events.append("Client", clientId.value(), 1, new VipStatusChangedEvent(clientId, VipStatus.PLATINUM));
    }

    private Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES) {
            sums.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "order by t::text)), '-') from " + table + " t", String.class));
        }
        return sums;
    }

    /** Every search document by index and id, as searches read them. */
    private Map<String, Map<String, JsonNode>> searchDocuments() throws Exception {
        Map<String, Map<String, JsonNode>> documents = new TreeMap<>();
        for (SearchIndex index : searchIndexes.all()) {
            elasticsearch.indices().refresh(r -> r.index(index.alias()));
            Map<String, JsonNode> byId = new TreeMap<>();
            elasticsearch.search(s -> s.index(index.alias()).size(10_000), JsonNode.class).hits().hits()
                    .forEach(hit -> byId.put(hit.id(), hit.source()));
            documents.put(index.alias().replaceFirst("^test-", ""), byId);
        }
        return documents;
    }

    private Map<String, Integer> searchDocumentCounts() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        searchDocuments().forEach((index, byId) -> counts.put(index, byId.size()));
        return counts;
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
