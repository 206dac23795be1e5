package com.jetops.command.aircraft;

import com.jetops.command.CommandApi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The aircraft calendar through real HTTP on the real event store: double booking is impossible. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AircraftCalendarApiIT {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private CommandApi api;
    private String aircraftId;

    @BeforeEach
    void registerAnAircraft() {
        api = new CommandApi(port);
        aircraftId = api.registerAircraft();
    }

    private static String hold(String start, String end) {
        return """
                {"bookingId":"%s","start":"%s","end":"%s"}""".formatted(UUID.randomUUID(), start, end);
    }

    private long storedEvents(String payloadType) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type = ?", Long.class, aircraftId, "com.jetops.api.aircraft." + payloadType);
    }

    @Test
    void concurrentOverlappingReservationsLetExactlyOneWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                // Each request overlaps every other: all cover 2090-03-01 10:00-11:00.
                String start = "2090-03-01T0%d:00:00Z".formatted(i % 10);
                attempts.add(pool.submit(() -> api.post("/aircraft/" + aircraftId + "/reservations",
                        hold(start, "2090-03-01T11:00:00Z"))));
            }
            for (Future<HttpResponse<String>> attempt : attempts) {
                responses.add(attempt.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(9)
                .allSatisfy(r -> assertThat(json(r).get("code").asText()).isIn("CALENDAR_CONFLICT",
                        "CONCURRENT_MODIFICATION"));
        assertThat(storedEvents("AircraftReservationHeldEvent")).isEqualTo(1);
    }

    @Test
    void aReservationIsHeldConfirmedAndReleasedWithTheVersionGrowing() {
        HttpResponse<String> held = api.post("/aircraft/" + aircraftId + "/reservations",
                hold("2090-04-01T08:00:00Z", "2090-04-01T12:00:00Z"));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        String reservationId = json(held).get("id").asText();
        assertThat(json(held).get("version").asLong()).isEqualTo(1);

        HttpResponse<String> confirmed = api.post("/aircraft/" + aircraftId + "/reservations/" + reservationId
                + "/confirm", null);
        assertThat(json(confirmed).get("version").asLong()).isEqualTo(2);

        HttpResponse<String> released = api.post("/aircraft/" + aircraftId + "/reservations/" + reservationId
                + "/release", "{\"reason\":\"client cancelled\"}");
        assertThat(json(released).get("version").asLong()).isEqualTo(3);
        assertThat(api.post("/aircraft/" + aircraftId + "/reservations",
                hold("2090-04-01T08:00:00Z", "2090-04-01T12:00:00Z")).statusCode()).isEqualTo(201);
    }

    @Test
    void aBlackoutBlocksReservationsUntilRemoved() {
        HttpResponse<String> blackout = api.post("/aircraft/" + aircraftId + "/availability",
                "{\"start\":\"2090-05-01T00:00:00Z\",\"end\":\"2090-05-03T00:00:00Z\",\"reason\":\"owner holiday\"}");
        assertThat(blackout.statusCode()).as(blackout.body()).isEqualTo(201);

        HttpResponse<String> refused = api.post("/aircraft/" + aircraftId + "/reservations",
                hold("2090-05-02T10:00:00+02:00", "2090-05-02T14:00:00+02:00"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asText()).contains("owner holiday");

        String blackoutId = json(blackout).get("id").asText();
        assertThat(api.send("DELETE", "/aircraft/" + aircraftId + "/availability/" + blackoutId, null)
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/aircraft/" + aircraftId + "/reservations",
                hold("2090-05-02T10:00:00+02:00", "2090-05-02T14:00:00+02:00")).statusCode()).isEqualTo(201);
    }

    @Test
    void aGroundedAircraftTakesNoReservation() {
        assertThat(api.post("/aircraft/" + aircraftId + "/ground", "{\"reason\":\"AOG: bird strike\"}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> refused = api.post("/aircraft/" + aircraftId + "/reservations",
                hold("2090-06-01T08:00:00Z", "2090-06-01T12:00:00Z"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("type").asText()).isEqualTo("urn:jetops:problem:aircraft-grounded");
        assertThat(storedEvents("AircraftReservationHeldEvent")).isZero();
    }

    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        HttpResponse<String> backwards = api.post("/aircraft/" + aircraftId + "/reservations",
                hold("2090-07-01T12:00:00Z", "2090-07-01T08:00:00Z"));
        HttpResponse<String> noBooking = api.post("/aircraft/" + aircraftId + "/reservations",
                "{\"start\":\"2090-07-01T08:00:00Z\",\"end\":\"2090-07-01T12:00:00Z\"}");
        HttpResponse<String> unknownAircraft = api.post("/aircraft/" + UUID.randomUUID() + "/reservations",
                hold("2090-07-01T08:00:00Z", "2090-07-01T12:00:00Z"));
        HttpResponse<String> badId = api.post("/aircraft/not-a-uuid/ground", "{\"reason\":\"x\"}");
        HttpResponse<String> futureLeg = api.post("/aircraft/" + aircraftId + "/flight-legs", """
                {"from":"KTEB","to":"KPBI","blockOff":"2099-01-01T10:00:00Z","blockOn":"2099-01-01T12:30:00Z",
                 "airborneMinutes":135,"cycles":1}""");

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(field(backwards)).isEqualTo("end");
        assertThat(noBooking.statusCode()).isEqualTo(400);
        assertThat(field(noBooking)).isEqualTo("bookingId");
        assertThat(unknownAircraft.statusCode()).isEqualTo(404);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(field(badId)).isEqualTo("id");
        assertThat(futureLeg.statusCode()).isEqualTo(400);
        assertThat(field(futureLeg)).isEqualTo("blockOn");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    private static String field(HttpResponse<String> response) {
        JsonNode errors = json(response).get("errors");
        return errors == null ? null : errors.get(0).get("field").asText();
    }

    @Test
    void aFlightLegMovesTheAircraft() {
        HttpResponse<String> leg = api.post("/aircraft/" + aircraftId + "/flight-legs", """
                {"from":"KTEB","to":"KPBI","blockOff":"2026-01-10T13:00:00Z","blockOn":"2026-01-10T15:40:00Z",
                 "airborneMinutes":145,"cycles":1}""");

        assertThat(leg.statusCode()).as(leg.body()).isEqualTo(201);
        assertThat(json(leg).get("version").asLong()).isEqualTo(1);
        assertThat(leg.headers().firstValue("Location")).hasValue(
                "/aircraft/" + aircraftId + "/flight-legs/" + json(leg).get("id").asText());
        assertThat(storedEvents("FlightLegRecordedEvent")).isEqualTo(1);
    }
}
