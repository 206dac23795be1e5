package com.jetops.command.maintenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.command.CommandApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Maintenance work and the aircraft calendar kept in step by the saga, on the real stack. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MaintenanceApiIT {
    private static final ObjectMapper JSON = CommandApi.JSON;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private String aircraftId;

    private HttpResponse<String> post(String path, String body) {
        return new CommandApi(port).post(path, body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @BeforeEach
    void registerAnAircraft() throws Exception {
        String tail = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        HttpResponse<String> registered = post("/aircraft", """
                {"tailNumber":"%s","manufacturer":"Bombardier","model":"Challenger 350","typeDesignator":"CL35",
                 "category":"SUPER_MIDSIZE_JET","yearOfManufacture":2021,"seatingCapacity":10,"rangeNm":3200,
                 "cruiseSpeedKt":470,"hourlyRate":{"amount":"6200.00","currency":"USD"},"baseAirport":"KTEB"}"""
                .formatted(tail));
        aircraftId = json(registered).get("aircraftId").asText();
    }

    private String openInspection() throws Exception {
        HttpResponse<String> opened = post("/aircraft/" + aircraftId + "/maintenance", """
                {"kind":"INSPECTION","description":"Phase 2 inspection",
                 "due":{"atAirborneHours":4800,"onDate":"2090-03-01"},"recurrence":{"everyAirborneHours":600}}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json(opened).get("maintenanceItemId").asText();
    }

    private HttpResponse<String> reserve(String start, String end) throws Exception {
        return post("/aircraft/" + aircraftId + "/reservations",
                "{\"bookingId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(UUID.randomUUID(), start, end));
    }

    @Test
    void workInProgressBlocksTheAircraftUntilSignedOff() throws Exception {
        String item = openInspection();

        assertThat(post("/maintenance/" + item + "/start",
                "{\"start\":\"2090-02-01T06:00:00Z\",\"end\":\"2090-02-03T18:00:00Z\"}").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> refused = reserve("2090-02-02T08:00:00Z", "2090-02-02T12:00:00Z");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json(refused).get("detail").asText()).contains("Phase 2 inspection");
        });

        HttpResponse<String> completed = post("/maintenance/" + item + "/complete", """
                {"signedOffBy":"J. Alvarez (A&P 3904412)","completedOn":"2026-11-20","airborneHoursAtCompletion":4790,
                 "cyclesAtCompletion":2105,"cost":{"amount":"18450.00","currency":"USD"},"partsUsed":[],
                 "provider":"Jet Aviation Teterboro"}""");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reserve("2090-02-02T08:00:00Z", "2090-02-02T12:00:00Z").statusCode()).isEqualTo(201));
    }

    @Test
    void workOverAReservedWindowIsTakenBackWithTheAircraftsReason() throws Exception {
        assertThat(reserve("2090-04-02T08:00:00Z", "2090-04-02T12:00:00Z").statusCode()).isEqualTo(201);
        String item = openInspection();

        assertThat(post("/maintenance/" + item + "/start",
                "{\"start\":\"2090-04-01T06:00:00Z\",\"end\":\"2090-04-03T18:00:00Z\"}").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type like '%MaintenanceWorkCancelledEvent'", String.class, item))
                .singleElement().asString().contains("could not be blocked").contains("overlaps reservation"));
    }

    @Test
    void anAirworthinessDirectiveOverdueByFlownHoursGroundsTheAircraftUntilSignedOff() throws Exception {
        HttpResponse<String> opened = post("/aircraft/" + aircraftId + "/maintenance", """
                {"kind":"AIRWORTHINESS_DIRECTIVE","adNumber":"2026-14-07","description":"Inspect elevator hinge fittings",
                 "due":{"atAirborneHours":10}}""");
        String item = json(opened).get("maintenanceItemId").asText();

        assertThat(post("/aircraft/" + aircraftId + "/flight-legs", """
                {"from":"KTEB","to":"EGGW","blockOff":"2026-01-10T01:00:00Z","blockOn":"2026-01-10T12:30:00Z",
                 "airborneMinutes":660,"cycles":1}""").statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> refused = reserve("2090-05-02T08:00:00Z", "2090-05-02T12:00:00Z");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json(refused).get("code").asText()).isEqualTo("AIRCRAFT_GROUNDED");
        });

        assertThat(post("/maintenance/" + item + "/start",
                "{\"start\":\"2090-01-10T06:00:00Z\",\"end\":\"2090-01-10T18:00:00Z\"}").statusCode()).isEqualTo(200);
        assertThat(post("/maintenance/" + item + "/complete", """
                {"signedOffBy":"J. Alvarez (A&P 3904412)","completedOn":"2026-11-20","airborneHoursAtCompletion":11,
                 "cyclesAtCompletion":1,"cost":{"amount":"900.00","currency":"USD"},"provider":"in-house"}""")
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(reserve("2090-05-02T08:00:00Z", "2090-05-02T12:00:00Z").statusCode()).isEqualTo(201));
    }

    @Test
    void aNonDeferrableDefectGroundsTheAircraftFromOpeningUntilCompleted() throws Exception {
        HttpResponse<String> opened = post("/aircraft/" + aircraftId + "/maintenance", """
                {"kind":"DEFECT","description":"Left engine fire bottle discharge indication inoperative",
                 "nonDeferrable":true}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String item = json(opened).get("maintenanceItemId").asText();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> refused = reserve("2090-06-02T08:00:00Z", "2090-06-02T12:00:00Z");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json(refused).get("code").asText()).isEqualTo("AIRCRAFT_GROUNDED");
        });
        HttpResponse<String> deferred = post("/maintenance/" + item + "/defer",
                "{\"category\":\"C\",\"melReference\":\"26-15-01\"}");
        assertThat(deferred.statusCode()).as(deferred.body()).isEqualTo(422);
        assertThat(json(deferred).get("code").asText()).isEqualTo("DEFERRAL_NOT_ALLOWED");

        assertThat(post("/maintenance/" + item + "/start",
                "{\"start\":\"2090-06-01T06:00:00Z\",\"end\":\"2090-06-01T18:00:00Z\"}").statusCode()).isEqualTo(200);
        assertThat(post("/maintenance/" + item + "/complete", """
                {"signedOffBy":"J. Alvarez (A&P 3904412)","completedOn":"2026-11-20","airborneHoursAtCompletion":0,
                 "cyclesAtCompletion":0,"cost":{"amount":"2400.00","currency":"USD"},"provider":"in-house"}""")
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(reserve("2090-06-02T08:00:00Z", "2090-06-02T12:00:00Z").statusCode()).isEqualTo(201));
    }

    @Test
    void nonDeferrableIsRefusedOnAnythingButADefect() throws Exception {
        HttpResponse<String> refused = post("/aircraft/" + aircraftId + "/maintenance", """
                {"kind":"INSPECTION","description":"Phase 2 inspection","due":{"atAirborneHours":4800},
                 "nonDeferrable":true}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("nonDeferrable");
    }

    // --- flight-log corrections ------------------------------------------------------------------

    private String openAdDueAtTenHours() throws Exception {
        HttpResponse<String> opened = post("/aircraft/" + aircraftId + "/maintenance", """
                {"kind":"AIRWORTHINESS_DIRECTIVE","adNumber":"2026-14-07","description":"Inspect elevator hinge fittings",
                 "due":{"atAirborneHours":10}}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json(opened).get("maintenanceItemId").asText();
    }

    /** Records the leg of 2026-01-10 (690 block minutes) and answers its id. */
    private String recordLeg(int airborneMinutes) throws Exception {
        HttpResponse<String> recorded = post("/aircraft/" + aircraftId + "/flight-legs", """
                {"from":"KTEB","to":"EGGW","blockOff":"2026-01-10T01:00:00Z","blockOn":"2026-01-10T12:30:00Z",
                 "airborneMinutes":%d,"cycles":1}""".formatted(airborneMinutes));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return json(recorded).get("id").asText();
    }

    private HttpResponse<String> correctLeg(String legId, int airborneMinutes) {
        return post("/aircraft/" + aircraftId + "/flight-legs/" + legId + "/corrections", """
                {"blockOff":"2026-01-10T01:00:00Z","blockOn":"2026-01-10T12:30:00Z","airborneMinutes":%d,"cycles":1,
                 "reason":"Tech log page 4411 re-read: airborne time mistyped"}""".formatted(airborneMinutes));
    }

    private long storedEvents(String aggregateId, String payloadType) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, aggregateId, "%." + payloadType);
    }

    private void awaitGrounded(String start, String end) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> refused = reserve(start, end);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json(refused).get("code").asText()).isEqualTo("AIRCRAFT_GROUNDED");
        });
    }

    @Test
    void aFlightLogCorrectedDownwardReturnsTheAircraftToService() throws Exception {
        String item = openAdDueAtTenHours();
        String leg = recordLeg(660);
        awaitGrounded("2090-07-02T08:00:00Z", "2090-07-02T12:00:00Z");

        HttpResponse<String> corrected = correctLeg(leg, 540);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(reserve("2090-07-02T08:00:00Z", "2090-07-02T12:00:00Z").statusCode()).isEqualTo(201));
        assertThat(storedEvents(item, "MaintenanceOverdueRevokedEvent")).isEqualTo(1);
        assertThat(storedEvents(aircraftId, "AircraftReturnedToServiceEvent")).isEqualTo(1);
    }

    @Test
    void aFlightLogCorrectedUpwardGroundsTheAircraft() throws Exception {
        String item = openAdDueAtTenHours();
        String leg = recordLeg(540);
        // 9 of 10 hours, not overdue: once the due tracking has counted the leg, the aircraft still takes bookings.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select airborne_minutes from aircraft_utilization where aircraft_id = ?", Long.class, aircraftId))
                .containsExactly(540L));
        assertThat(reserve("2090-08-02T08:00:00Z", "2090-08-02T12:00:00Z").statusCode()).isEqualTo(201);

        assertThat(correctLeg(leg, 600).statusCode()).isEqualTo(200);

        awaitGrounded("2090-08-03T08:00:00Z", "2090-08-03T12:00:00Z");
        assertThat(storedEvents(item, "MaintenanceOverdueEvent")).isEqualTo(1);
    }

    @Test
    void correctionsAreRefusedForUnknownLegsAndWhenNothingChanges() throws Exception {
        String leg = recordLeg(540);

        HttpResponse<String> unknown = correctLeg(UUID.randomUUID().toString(), 500);
        HttpResponse<String> unchanged = correctLeg(leg, 540);

        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("FLIGHT_LEG_NOT_FOUND");
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(422);
        assertThat(json(unchanged).get("code").asText()).isEqualTo("NOTHING_TO_CORRECT");
        assertThat(storedEvents(aircraftId, "FlightLegCorrectedEvent")).isZero();
    }
}
