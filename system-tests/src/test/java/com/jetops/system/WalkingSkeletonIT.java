package com.jetops.system;

import com.jetops.api.security.Role;
import com.jetops.platform.security.TokenMinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole architecture end to end on real parts: the two app jars and the gateway as separate
 * processes, real HTTP through the gateway (the one address clients use), the real PostgreSQL
 * event store and read models, the real Elasticsearch index.
 */
class WalkingSkeletonIT {
    private static final String DB_URL = env("JETOPS_TEST_DB_URL", "jdbc:postgresql://localhost:5432/jetops_test");
    private static final String ES_URL = env("JETOPS_TEST_ES_URL", "http://localhost:9200");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AppProcess commandSide;
    private static AppProcess querySide;
    private static AppProcess gateway;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @BeforeAll
    static void startBothApps() throws Exception {
        commandSide = new AppProcess("command-side", "jetops.commandSideJar",
                List.of("--spring.datasource.url=" + DB_URL));
        querySide = new AppProcess("query-side", "jetops.querySideJar",
                List.of("--spring.datasource.url=" + DB_URL, "--spring.elasticsearch.uris=" + ES_URL,
                        "--jetops.search.index-prefix=system-"));
        commandSide.start();
        querySide.start();
        gateway = new AppProcess("gateway", "jetops.gatewayJar", List.of(
                "--jetops.gateway.command-uri=" + commandSide.baseUrl(), "--jetops.gateway.query-uri=" + querySide.baseUrl()));
        gateway.start();
    }

    @AfterAll
    static void stopBothApps() throws Exception {
        if (gateway != null) {
            gateway.stop();
        }
        if (querySide != null) {
            querySide.stop();
        }
        if (commandSide != null) {
            commandSide.stop();
        }
    }

    static String uniqueTail() {
        return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    static String aircraftJson(String tail, String model) {
        return """
                {"tailNumber":"%s","manufacturer":"Embraer","model":"%s","typeDesignator":"E55P",
                 "category":"LIGHT_JET","yearOfManufacture":2023,"seatingCapacity":8,"rangeNm":2000,
                 "cruiseSpeedKt":453,"hourlyRate":{"amount":"3900.00","currency":"USD"},"baseAirport":"KHPN",
                 "amenities":["wifi","enclosed lavatory"]}""".formatted(tail, model);
    }

    /** An Operations Manager's access token, signed with the development key both apps trust. */
    static final String OPERATIONS = "Bearer " + TokenMinter.development().mint(Role.OPERATIONS_MANAGER, null);

    static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", OPERATIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", OPERATIONS).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long storedEvents(String aggregateId) throws Exception {
        try (Connection db = DriverManager.getConnection(DB_URL, "jetops", "jetops");
             PreparedStatement count = db.prepareStatement(aggregateId == null
                     ? "select count(*) from domain_event_entry"
                     : "select count(*) from domain_event_entry where aggregate_identifier = ?")) {
            if (aggregateId != null) {
                count.setString(1, aggregateId);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static boolean searchFinds(String text, String aircraftId) throws Exception {
        HttpResponse<String> response = get(gateway.baseUrl() + "/aircraft/search?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
        return response.statusCode() == 200
                && JSON.readTree(response.body()).get("hits").findValuesAsText("aircraftId").contains(aircraftId);
    }

    @Test
    void aRegisteredAircraftIsReadableAndSearchableOnTheQuerySide() throws Exception {
        String model = "Phenom " + UUID.randomUUID().toString().substring(0, 4);
        long postedAt = System.nanoTime();
        HttpResponse<String> created = post(gateway.baseUrl() + "/aircraft", aircraftJson(uniqueTail(), model));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("aircraftId").asText();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(get(gateway.baseUrl() + "/aircraft/" + id).statusCode()).isEqualTo(200));
        long readableAfterMs = (System.nanoTime() - postedAt) / 1_000_000;
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> searchFinds(model, id));
        long searchableAfterMs = (System.nanoTime() - postedAt) / 1_000_000;
        System.out.printf("walking skeleton: readable in PostgreSQL after %d ms, searchable after %d ms%n",
                readableAfterMs, searchableAfterMs);

        JsonNode view = JSON.readTree(get(gateway.baseUrl() + "/aircraft/" + id).body());
        assertThat(view.get("model").asText()).isEqualTo(model);
        assertThat(view.get("currentAirport").asText()).isEqualTo("KHPN");
        assertThat(searchFinds("White Plains", id)).as("found by its base airport's city").isTrue();
    }

    @Test
    void badInputIsRefusedWithoutStoringAnything() throws Exception {
        long before = storedEvents(null);

        HttpResponse<String> response = post(gateway.baseUrl() + "/aircraft",
                aircraftJson(uniqueTail(), "Phenom 300E").replace("\"KHPN\"", "\"XXXX\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asText()).isEqualTo("baseAirport");
        assertThat(storedEvents(null)).isEqualTo(before);
    }

    @Test
    void acknowledgedRegistrationSurvivesAKilledCommandSide() throws Exception {
        String tail = uniqueTail();
        HttpResponse<String> created = post(gateway.baseUrl() + "/aircraft", aircraftJson(tail, "Phenom 300E"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("aircraftId").asText();

        commandSide.kill();
        commandSide.start();

        assertThat(storedEvents(id)).isEqualTo(1);
        HttpResponse<String> again = post(gateway.baseUrl() + "/aircraft", aircraftJson(tail, "Phenom 300E"));
        assertThat(again.statusCode()).as("the tail number claim survived too").isEqualTo(409);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(get(gateway.baseUrl() + "/aircraft/" + id).statusCode()).isEqualTo(200));
    }

    @Test
    void everyDocumentedOperationOfBothServicesIsRoutedToTheServiceThatServesIt() throws Exception {
        JsonNode merged = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/v3/api-docs"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        int checked = 0;
        for (AppProcess service : List.of(commandSide, querySide)) {
            JsonNode document = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/v3/api-docs"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) document.get("paths")::fields) {
                for (var operation : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                    String method = operation.getKey().toUpperCase();
                    assertThat(merged.get("paths").get(path.getKey()).has(operation.getKey()))
                            .as("merged document has %s %s", method, path.getKey()).isTrue();
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    // Without a token: every service answers 401/400/404 without changing anything.
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + concrete))
                            .header("Content-Type", "application/json");
                    HttpResponse<Void> answer = HTTP.send(method.equals("GET") || method.equals("DELETE")
                                    ? request.method(method, HttpRequest.BodyPublishers.noBody()).build()
                                    : request.method(method, HttpRequest.BodyPublishers.ofString("{}")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    assertThat(answer.headers().firstValue("X-JetOps-Upstream"))
                            .as("%s %s", method, path.getKey())
                            .hasValue(service == commandSide ? "command-side" : "query-side");
                    checked++;
                }
            }
        }
        System.out.printf("gateway: %d documented operations routed to the service that serves them%n", checked);
        assertThat(checked).isGreaterThan(100);
    }
}
