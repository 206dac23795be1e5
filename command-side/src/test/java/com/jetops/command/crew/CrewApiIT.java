package com.jetops.command.crew;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Crew commands over real HTTP: hiring, qualifications and legal assignments on the real event store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrewApiIT {
    private static final ObjectMapper JSON = CommandApi.JSON;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private String captainId;
    private String employeeId;

    private HttpResponse<String> post(String path, String body) {
        return new CommandApi(port).post(path, body);
    }

    private static String hire(String employeeId) {
        return """
                {"employeeId":"%s","name":"Alex Morgan","position":"CAPTAIN","baseAirport":"KTEB",
                 "contact":{"phone":"+1 201 555 0123","emergencyContactName":"Dana Reyes",
                            "emergencyContactPhone":"+1 201 555 0188"}}""".formatted(employeeId);
    }

    private static String assignment(String firstFlightEnd) {
        return """
                {"bookingId":"%s","role":"PILOT_IN_COMMAND","complement":"TWO_PILOT","typeDesignator":"GLF6",
                 "duty":{"start":"2027-02-10T07:00:00Z","end":"2027-02-10T20:00:00Z"},
                 "flights":[{"start":"2027-02-10T08:00:00Z","end":"%s"},
                            {"start":"2027-02-10T14:00:00Z","end":"2027-02-10T19:00:00Z"}]}"""
                .formatted(UUID.randomUUID(), firstFlightEnd);
    }

    @BeforeEach
    void hireAQualifiedCaptain() throws Exception {
        employeeId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> hired = post("/crew", hire(employeeId));
        assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
        captainId = JSON.readTree(hired.body()).get("crewMemberId").asText();
        assertThat(post("/crew/" + captainId + "/licences", """
                {"kind":"AIRLINE_TRANSPORT_PILOT","number":"ATP-3381920","issuingAuthority":"FAA",
                 "expiresOn":"2030-01-31"}""").statusCode()).isEqualTo(200);
        assertThat(post("/crew/" + captainId + "/medical", "{\"medicalClass\":1,\"expiresOn\":\"2027-12-31\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post("/crew/" + captainId + "/type-ratings", "{\"typeDesignator\":\"GLF6\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void assignsWithinTheLimitsAndRefusesBeyondThemWithTheFigures() throws Exception {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        HttpResponse<String> tooMuch = post("/crew/" + captainId + "/assignments", assignment("2027-02-10T13:30:00Z"));

        assertThat(tooMuch.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(tooMuch.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:jetops:problem:ftl-flight-time-24-hours");
        assertThat(problem.get("detail").asText())
                .isEqualTo("flight time in 24 consecutive hours would be 10.5 h, limit 10 h");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);

        HttpResponse<String> legal = post("/crew/" + captainId + "/assignments", assignment("2027-02-10T13:00:00Z"));

        assertThat(legal.statusCode()).as(legal.body()).isEqualTo(201);
        assertThat(JSON.readTree(legal.body()).get("version").asLong()).isEqualTo(4);
        String stored = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like '%CrewMemberAssignedEvent'", String.class, captainId);
        assertThat(stored).contains("\"rule\":\"FLIGHT_TIME_24_HOURS\",\"actualSeconds\":36000,\"limitSeconds\":36000");
    }

    @Test
    void refusesATakenEmployeeIdAndAnUnavailableWindow() throws Exception {
        assertThat(post("/crew", hire(employeeId)).statusCode()).isEqualTo(409);

        HttpResponse<String> sick = post("/crew/availability", """
                {"crewMemberId":"%s","kind":"SICKNESS","start":"2027-02-09T00:00:00Z","end":"2027-02-11T00:00:00Z"}"""
                .formatted(captainId));
        assertThat(sick.statusCode()).as(sick.body()).isEqualTo(201);

        HttpResponse<String> refused = post("/crew/" + captainId + "/assignments", assignment("2027-02-10T13:00:00Z"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("CREW_UNAVAILABLE");
    }

    @Test
    void anOverrunReportedAfterTheTripLengthensTheNextRest() throws Exception {
        String trip = """
                {"bookingId":"%s","role":"PILOT_IN_COMMAND","complement":"TWO_PILOT","typeDesignator":"GLF6",
                 "duty":{"start":"2026-11-01T07:00:00Z","end":"2026-11-01T15:00:00Z"},
                 "flights":[{"start":"2026-11-01T08:00:00Z","end":"2026-11-01T12:00:00Z"}]}""".formatted(UUID.randomUUID());
        HttpResponse<String> assigned = post("/crew/" + captainId + "/assignments", trip);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
        String assignmentId = JSON.readTree(assigned.body()).get("id").asText();

        HttpResponse<String> unknown = post("/crew/" + captainId + "/assignments/" + UUID.randomUUID() + "/actuals",
                "{\"duty\":{\"start\":\"2026-11-01T07:00:00Z\",\"end\":\"2026-11-01T16:10:00Z\"},"
                        + "\"flights\":[{\"start\":\"2026-11-01T08:00:00Z\",\"end\":\"2026-11-01T13:30:00Z\"}],"
                        + "\"overrunBeyondControl\":true}");
        assertThat(unknown.statusCode()).isEqualTo(404);

        HttpResponse<String> actuals = post("/crew/" + captainId + "/assignments/" + assignmentId + "/actuals", """
                {"duty":{"start":"2026-11-01T07:00:00Z","end":"2026-11-01T16:10:00Z"},
                 "flights":[{"start":"2026-11-01T08:00:00Z","end":"2026-11-01T13:30:00Z"}],
                 "overrunBeyondControl":true}""");
        assertThat(actuals.statusCode()).as(actuals.body()).isEqualTo(200);

        // 70 min over: 16 h of rest before the next duty, so 08:00 next morning (15 h 50 min) is refused.
        HttpResponse<String> tooSoon = post("/crew/" + captainId + "/assignments", """
                {"bookingId":"%s","role":"PILOT_IN_COMMAND","complement":"TWO_PILOT","typeDesignator":"GLF6",
                 "duty":{"start":"2026-11-02T08:00:00Z","end":"2026-11-02T12:00:00Z"},
                 "flights":[{"start":"2026-11-02T09:00:00Z","end":"2026-11-02T11:00:00Z"}]}""".formatted(UUID.randomUUID()));
        assertThat(tooSoon.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(tooSoon.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:jetops:problem:ftl-rest-after-overrun");
        assertThat(problem.get("detail").asText()).isEqualTo("the rest after the last duty's overrun would be 15.83 h, minimum 16 h");
    }
}
