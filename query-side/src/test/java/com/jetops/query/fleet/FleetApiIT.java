package com.jetops.query.fleet;

import com.jetops.query.TestTokens;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Instant;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static com.jetops.query.fleet.FleetFixtures.citationLatitudeAt;
import static com.jetops.query.fleet.FleetFixtures.globalAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events appended to the real event store come out of the real HTTP API, from PostgreSQL and Elasticsearch. */
@QuerySideIntegrationTest
class FleetApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The aircraft's hit among all the search finds (other tests' aircraft share the base, so all pages). */
    JsonNode searchHitFor(String text, AircraftRegisteredEvent event) throws Exception {
        for (int page = 0; page < 20; page++) {
            JsonNode hits = getJson("/aircraft/search?size=50&page=" + page + "&q=" + encode(text)).get("hits");
            for (JsonNode hit : hits) {
                if (hit.get("aircraft").get("aircraftId").asText().equals(event.aircraftId().value())) {
                    return hit;
                }
            }
            if (hits.size() < 50) {
                return null;
            }
        }
        return null;
    }

    @Test
    void registeredAircraftAppearsInTheFleetAndInSearch() throws Exception {
        AircraftRegisteredEvent event = globalAt("KTEB");
        events.append("Aircraft", event.aircraftId().value(), 0, event);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get("/aircraft/" + event.aircraftId()).statusCode()).isEqualTo(200));
        JsonNode view = getJson("/aircraft/" + event.aircraftId());
        assertThat(view.get("tailNumber").asText()).isEqualTo(event.tailNumber().value());
        assertThat(view.get("hourlyRate").get("amount").asText()).isEqualTo("11500.00");
        assertThat(view.get("status").asText()).isEqualTo("AVAILABLE");

        // Exact tail, a typo in the model, the base city and the IATA code all find it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(searchHitFor(event.tailNumber().value(), event)).isNotNull());
        assertThat(searchHitFor("Globel 7500", event)).isNotNull();
        assertThat(searchHitFor("Teterboro", event)).isNotNull();
        assertThat(searchHitFor("TEB", event)).isNotNull();
        JsonNode hit = searchHitFor(event.tailNumber().value(), event);
        assertThat(hit.get("highlights").get("tailNumber").get(0).asText()).contains("<em>");
    }

    @Test
    void listsTheFleetWithFilters() throws Exception {
        AircraftRegisteredEvent event = citationLatitudeAt("KBED");
        events.append("Aircraft", event.aircraftId().value(), 0, event);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = getJson("/aircraft?base=kbed&category=MIDSIZE_JET&status=AVAILABLE&size=100");
            assertThat(page.get("items").findValuesAsText("aircraftId")).contains(event.aircraftId().value());
        });
        JsonNode heavyOnly = getJson("/aircraft?base=KBED&category=HEAVY_JET");
        assertThat(heavyOnly.get("items").findValuesAsText("aircraftId")).doesNotContain(event.aircraftId().value());
    }

    @Test
    void unknownAircraftIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/aircraft/" + citationLatitudeAt("KTEB").aircraftId());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("AIRCRAFT_NOT_FOUND");
    }

    @Test
    void springsOwnRefusalsCarryOurTypeAndCode() throws Exception {
        HttpResponse<String> wrongMethod = HTTP.send(TestTokens.request(
                        URI.create("http://localhost:" + port + "/aircraft/search?q=jet"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missingParameter = get("/aircraft/search");

        // No permission rule names DELETE here: refused before Spring MVC would answer 405 (fail closed).
        assertThat(wrongMethod.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(wrongMethod.body()).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(JSON.readTree(wrongMethod.body()).get("type").asText()).isEqualTo("urn:jetops:problem:forbidden");
        assertThat(missingParameter.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missingParameter.body()).get("code").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() throws Exception {
        assertThat(problemField("/aircraft/not-a-uuid")).isEqualTo("id");
        assertThat(problemField("/aircraft?size=0")).isEqualTo("size");
        assertThat(problemField("/aircraft?base=XX")).isEqualTo("base");
        assertThat(problemField("/aircraft?status=FLYING")).isEqualTo("status");
        assertThat(problemField("/aircraft/search?q=%20")).isEqualTo("q");
        assertThat(problemField("/aircraft/search?q=jet&page=51&size=200")).isEqualTo("page");
        assertThat(problemField("/aircraft?page=20000000&size=200")).isEqualTo("page");
    }

    private String problemField(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("errors").get(0).get("field").asText();
    }

    /**
     * A full replay must reproduce, for every aircraft in the event store, the same row and the
     * same document. (Other tests here feed handlers directly, so rows without events may exist
     * before the replay; the reset removes them, which is also what a rebuild should do.)
     */
    @Test
    void replayingFromTheStartRebuildsTheSameReadModels() throws Exception {
        AircraftRegisteredEvent event = citationLatitudeAt("KPBI");
        events.append("Aircraft", event.aircraftId().value(), 0, event);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(searchHitFor(event.tailNumber().value(), event)).isNotNull());
        String rowsBefore = fleetChecksumOfStoredAircraft();

        replay("fleet");
        replay("aircraft-search-v2");

        List<String> storedAircraft = jdbc.queryForList("select distinct aggregate_identifier "
                + "from public.domain_event_entry where payload_type like '%.AircraftRegisteredEvent'", String.class);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(jdbc.queryForList("select aircraft_id from query.fleet_aircraft", String.class))
                    .containsExactlyInAnyOrderElementsOf(storedAircraft);
            assertThat(documentIds()).containsExactlyInAnyOrderElementsOf(storedAircraft);
        });
        assertThat(fleetChecksumOfStoredAircraft()).isEqualTo(rowsBefore);
        assertThat(searchHitFor(event.tailNumber().value(), event)).isNotNull();
    }

    private void replay(String processingGroup) {
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private String fleetChecksumOfStoredAircraft() {
        return jdbc.queryForObject("select md5(coalesce(string_agg(f::text, '|' order by aircraft_id), '')) "
                + "from query.fleet_aircraft f where aircraft_id in (select aggregate_identifier "
                + "from public.domain_event_entry)", String.class);
    }

    private List<String> documentIds() throws Exception {
        elasticsearch.indices().refresh(r -> r.index("test-aircraft"));
        return elasticsearch.search(s -> s.index("test-aircraft").size(10_000).source(src -> src.fetch(false)),
                Void.class).hits().hits().stream().map(hit -> hit.id()).toList();
    }

    @Test
    void aReadWithMinVersionWaitsForTheWriteAndAnswers503WhenTheModelStaysBehind() throws Exception {
        AircraftRegisteredEvent event = FleetFixtures.citationLatitudeAt("KTEB");
        events.append("Aircraft", event.aircraftId().value(), 0, event);
        // No waiting in the test: the endpoint waits until the projection shows version 0.
        JsonNode view = getJson("/aircraft/" + event.aircraftId() + "?minVersion=0");
        assertThat(view.get("version").asLong()).isZero();

        HttpResponse<String> behind = get("/aircraft/" + event.aircraftId() + "?minVersion=7");
        assertThat(behind.statusCode()).isEqualTo(503);
        assertThat(behind.headers().firstValue("Retry-After")).isPresent();
        assertThat(behind.body()).contains("projection-behind");
        assertThat(get("/aircraft/" + event.aircraftId() + "?minVersion=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void theLiveFeedSendsTheAircraftThenEveryChangeAsServerSentEvents() throws Exception {
        AircraftRegisteredEvent event = FleetFixtures.citationLatitudeAt("KTEB");
        events.append("Aircraft", event.aircraftId().value(), 0, event);
        getJson("/aircraft/" + event.aircraftId() + "?minVersion=0");

        HttpResponse<java.util.stream.Stream<String>> feed = HTTP.send(TestTokens.request(URI.create(
                        "http://localhost:" + port + "/aircraft/live?aircraftId=" + event.aircraftId()))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(feed.statusCode()).isEqualTo(200);
        java.util.Iterator<String> lines = feed.body().iterator();
        java.util.List<String> seen = new java.util.ArrayList<>();
        java.util.concurrent.CompletableFuture<Boolean> grounded = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                seen.add(line);
                if (line.startsWith("data:") && line.contains("\"GROUNDED\"")) {
                    return true;
                }
            }
            return false;
        });
        // The initial view comes first; then the grounding, as it is projected.
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(l -> l.startsWith("data:")));
        assertThat(seen).contains("event:aircraft");
        events.append("Aircraft", event.aircraftId().value(), 1,
                new com.jetops.api.aircraft.AircraftGroundedEvent(event.aircraftId(), "Bird strike inspection"));
        assertThat(grounded.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        feed.body().close();
    }

    @Test
    void asOfAnInstantTheAircraftIsWhatItsEventsUpToThenMadeIt() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(20);
        AircraftRegisteredEvent event = FleetFixtures.citationLatitudeAt("KTEB");
        events.append("Aircraft", event.aircraftId().value(), 0, event);
        Thread.sleep(20);
        Instant registered = Instant.now();
        Thread.sleep(20);
        events.append("Aircraft", event.aircraftId().value(), 1,
                new com.jetops.api.aircraft.AircraftGroundedEvent(event.aircraftId(), "Hard landing inspection"));

        assertThat(getJson("/aircraft/" + event.aircraftId() + "/as-of?at=" + registered).get("status").asText())
                .isEqualTo("AVAILABLE");
        JsonNode now = getJson("/aircraft/" + event.aircraftId() + "/as-of?at=" + Instant.now().plusSeconds(1));
        assertThat(now.get("status").asText()).isEqualTo("GROUNDED");
        assertThat(now.get("version").asLong()).isEqualTo(1);
        assertThat(get("/aircraft/" + event.aircraftId() + "/as-of?at=" + before).statusCode()).isEqualTo(404);
        assertThat(get("/aircraft/" + event.aircraftId() + "/as-of?at=yesterday").statusCode()).isEqualTo(400);
    }
}
