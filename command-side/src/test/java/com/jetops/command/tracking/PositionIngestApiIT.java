package com.jetops.command.tracking;

import com.jetops.api.security.Role;
import com.jetops.command.CommandApi;
import com.jetops.platform.security.TokenMinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /aircraft/{id}/positions over real HTTP into the real PostgreSQL position stream. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PositionIngestApiIT {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    CommandApi api;
    String aircraftId;
    Instant start;

    @BeforeEach
    void aircraft() {
        api = new CommandApi(port);
        aircraftId = api.registerAircraft();
        start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    static String report(Instant time, double lat, double lon, int altitude) {
        return String.format(java.util.Locale.ROOT, """
                {"time":"%s","lat":%.4f,"lon":%.4f,"altitudeFt":%d,"groundSpeedKt":450,"heading":271,"source":"ADS-B"}""",
                time, lat, lon, altitude);
    }

    /** {@code count} reports 10 s apart from {@code from}, climbing westwards. */
    static String batch(Instant from, int count) {
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reports.add(report(from.plusSeconds(10L * i), 49.0 + i * 0.001, 2.5 - i * 0.01, 1000 + (i % 400) * 100));
        }
        return "{\"positions\":[" + String.join(",", reports) + "]}";
    }

    HttpResponse<String> post(String body) {
        return api.post("/aircraft/" + aircraftId + "/positions", body);
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from aircraft_position where aircraft_id = ?", Long.class, aircraftId);
    }

    @Test
    void storesABatchInOrderAndMovesTheLatestPosition() {
        HttpResponse<String> response = post(batch(start, 50));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("aircraftId").asText()).isEqualTo(aircraftId);
        assertThat(json(response).get("accepted").asInt()).isEqualTo(50);
        assertThat(json(response).get("duplicates").asInt()).isZero();
        assertThat(stored()).isEqualTo(50);
        Map<String, Object> latest = jdbc.queryForMap(
                "select reported_at, altitude_ft, heading, source from aircraft_latest_position where aircraft_id = ?",
                aircraftId);
        assertThat(((Timestamp) latest.get("reported_at")).toInstant()).isEqualTo(start.plusSeconds(490));
        assertThat(latest.get("altitude_ft")).isEqualTo(1000 + 49 * 100);
        assertThat(latest.get("source")).isEqualTo("ADS-B");
    }

    @Test
    void aReSentBatchIsDroppedAsDuplicates() {
        assertThat(post(batch(start, 20)).statusCode()).isEqualTo(200);

        HttpResponse<String> again = post(batch(start, 20));
        HttpResponse<String> overlapping = post(batch(start.plusSeconds(100), 20));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("accepted").asInt()).isZero();
        assertThat(json(again).get("duplicates").asInt()).isEqualTo(20);
        // The second half of [start, start + 190 s] was new; the first half (start + 100 s to + 190 s) was not.
        assertThat(json(overlapping).get("accepted").asInt()).isEqualTo(10);
        assertThat(json(overlapping).get("duplicates").asInt()).isEqualTo(10);
        assertThat(stored()).isEqualTo(30);
    }

    @Test
    void anOlderBatchArrivingLateDoesNotMoveTheLatestPositionBack() {
        post(batch(start.plusSeconds(3600), 5));
        post(batch(start, 5));

        Timestamp latest = jdbc.queryForObject(
                "select reported_at from aircraft_latest_position where aircraft_id = ?", Timestamp.class, aircraftId);
        assertThat(latest.toInstant()).isEqualTo(start.plusSeconds(3640));
        assertThat(stored()).isEqualTo(10);
    }

    @Test
    void anInvalidReportRefusesTheWholeBatchNamingItsField() {
        String body = batch(start, 10).replace("\"lat\":49.0030", "\"lat\":91.5");

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("positions[3].lat");
        assertThat(stored()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from aircraft_latest_position where aircraft_id = ?",
                Long.class, aircraftId)).isZero();
    }

    @Test
    void everyFieldIsChecked() {
        Map<String, String> faults = Map.of(
                "\"lon\":2.4800", "\"lon\":-180.5",
                "\"altitudeFt\":1200", "\"altitudeFt\":70000",
                "\"heading\":271", "\"heading\":360",
                "\"source\":\"ADS-B\"", "\"source\":\"\"",
                "\"groundSpeedKt\":450", "\"groundSpeedKt\":-1");
        String valid = batch(start, 3);
        for (Map.Entry<String, String> fault : faults.entrySet()) {
            String body = valid.replaceFirst(java.util.regex.Pattern.quote(fault.getKey()), fault.getValue());
            assertThat(body).as(fault.getKey()).isNotEqualTo(valid);
            HttpResponse<String> response = post(body);
            String field = fault.getKey().substring(1, fault.getKey().indexOf("\"", 1));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("field").asText()).endsWith("." + field);
        }
        HttpResponse<String> missing = post(valid.replaceFirst(",\"heading\":271", ""));
        assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("positions[0].heading");
        HttpResponse<String> wrongType = post(valid.replaceFirst("\"lat\":49.0000", "\"lat\":\"north\""));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).get("errors").get(0).get("field").asText()).isEqualTo("positions[0].lat");
        assertThat(stored()).isZero();
    }

    @Test
    void reportsOutOfOrderOrRepeatedInOneBatchAreRefused() {
        String outOfOrder = "{\"positions\":[" + report(start.plusSeconds(20), 49, 2, 1000) + ","
                + report(start.plusSeconds(10), 49, 2, 1000) + "]}";
        String repeated = "{\"positions\":[" + report(start, 49, 2, 1000) + "," + report(start, 49, 2, 1000) + "]}";

        for (String body : List.of(outOfOrder, repeated)) {
            HttpResponse<String> response = post(body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("positions[1].time");
        }
        assertThat(stored()).isZero();
    }

    @Test
    void aReportFromTheFutureIsRefused() {
        HttpResponse<String> response = post(batch(Instant.now().plus(10, ChronoUnit.MINUTES), 1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("positions[0].time");
    }

    @Test
    void emptyAndOversizedBatchesAreRefused() {
        HttpResponse<String> empty = post("{\"positions\":[]}");
        HttpResponse<String> none = post("{}");
        HttpResponse<String> oversized = post(batch(start.minus(1, ChronoUnit.DAYS), 5001));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none).get("errors").get(0).get("field").asText()).isEqualTo("positions");
        assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);
        assertThat(json(oversized).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(stored()).isZero();
    }

    @Test
    void aFullBatchOf5000IsAccepted() {
        HttpResponse<String> response = post(batch(start.minus(1, ChronoUnit.DAYS), 5000));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(stored()).isEqualTo(5000);
    }

    @Test
    void anUnknownAircraftIs404AndStoresNothing() {
        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> response = api.post("/aircraft/" + unknown + "/positions", batch(start, 2));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("AIRCRAFT_NOT_FOUND");
        assertThat(jdbc.queryForObject("select count(*) from aircraft_position where aircraft_id = ?", Long.class,
                unknown)).isZero();
    }

    @Test
    void operationsMayPostAndOtherRolesMayNot() {
        TokenMinter minter = TokenMinter.development();
        String path = "/aircraft/" + aircraftId + "/positions";

        HttpResponse<String> operations = api.send("POST", path, batch(start, 2),
                Map.of("Authorization", "Bearer " + minter.mint(Role.OPERATIONS_MANAGER, null)));
        HttpResponse<String> owner = api.send("POST", path, batch(start.plusSeconds(60), 2),
                Map.of("Authorization", "Bearer " + minter.mint(Role.AIRCRAFT_OWNER, UUID.randomUUID().toString())));
        HttpResponse<String> maintenance = api.send("POST", path, batch(start.plusSeconds(60), 2),
                Map.of("Authorization", "Bearer " + minter.mint(Role.MAINTENANCE_MANAGER, null)));
        HttpResponse<String> anonymous = api.send("POST", path, batch(start.plusSeconds(60), 2), Map.of());

        assertThat(operations.statusCode()).as(operations.body()).isEqualTo(200);
        assertThat(owner.statusCode()).isEqualTo(403);
        assertThat(maintenance.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(stored()).isEqualTo(2);
    }
}
