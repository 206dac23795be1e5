package com.jetops.command.aircraft;

import com.jetops.command.CommandApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /aircraft over real HTTP into the real PostgreSQL event store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterAircraftApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        eventsBefore = storedEvents();
    }

    HttpResponse<String> post(String body) {
        return new CommandApi(port).post("/aircraft", body);
    }

    static String uniqueTail() {
        return CommandApi.uniqueTail();
    }

    static String validBody(String tail) {
        return CommandApi.registrationBody(tail);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void registersAndStoresOneEvent() throws Exception {
        HttpResponse<String> response = post(validBody(uniqueTail()));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String id = body.get("aircraftId").asText();
        assertThat(body.get("version").asLong()).isZero();
        assertThat(response.headers().firstValue("Location")).contains("/aircraft/" + id);
        assertThat(jdbc.queryForObject("""
                        select payload_type from domain_event_entry where aggregate_identifier = ?""",
                String.class, id)).isEqualTo("com.jetops.api.aircraft.AircraftRegisteredEvent");
        // Stored as readable JSON in bytea, not an oid large object.
        assertThat(jdbc.queryForObject("""
                        select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?""",
                String.class, id)).contains("\"tailNumber\":\"");
    }

    @Test
    void refusesADuplicateTailNumberWith409AndNoEvent() throws Exception {
        String tail = uniqueTail();
        assertThat(post(validBody(tail)).statusCode()).isEqualTo(201);
        long afterFirst = storedEvents();

        HttpResponse<String> second = post(validBody(tail.toLowerCase()));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(second.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:jetops:problem:tail-number-taken");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("tailNumber");
        assertThat(storedEvents()).isEqualTo(afterFirst);
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "\"seatingCapacity\":14                       | seatingCapacity | \"seatingCapacity\":-3",
            "\"seatingCapacity\":14                       | seatingCapacity | \"seatingCapacity\":\"many\"",
            "\"seatingCapacity\":14,                      | seatingCapacity | ''",
            "\"baseAirport\":\"KTEB\"                     | baseAirport     | \"baseAirport\":\"ZZZZ\"",
            "\"baseAirport\":\"KTEB\"                     | baseAirport     | \"baseAirport\":\"TEB\"",
            "\"amount\":\"9800.00\"                       | hourlyRate        | \"amount\":\"9800.001\"",
            "\"currency\":\"USD\"                         | hourlyRate.currency | \"currency\":\"DOLLARS\"",
            "\"category\":\"ULTRA_LONG_RANGE_JET\"        | category        | \"category\":\"SPACESHIP\"",
            "\"rangeNm\":7500                             | rangeNm         | \"rangeNm\":0",
            "\"tailNumber\":\"                            | tailNumber      | \"tailNumber\":\"!",
    })
    void refusesBadInputNamingTheFieldAndStoresNothing(String original, String field, String replacement) throws Exception {
        String body = validBody(uniqueTail()).replace(original.strip(), replacement.strip());
        assertThat(body).isNotEqualTo(validBody(uniqueTail()));

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void concurrentRegistrationsOfOneTailNumberLetExactlyOneWin() throws Exception {
        String tail = uniqueTail();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var attempts = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> post(validBody(tail)).statusCode()))
                    .toList();
            var statuses = new java.util.ArrayList<Integer>();
            for (var attempt : attempts) {
                statuses.add(attempt.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from aircraft_tail_number where tail_number = ?",
                Long.class, tail)).isEqualTo(1);
    }

    @Test
    void refusesMalformedJsonWith400() throws Exception {
        HttpResponse<String> response = post("{\"tailNumber\": \"N1\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAMissingFieldNamingIt() throws Exception {
        HttpResponse<String> response = post(validBody(uniqueTail()).replace("\"model\":\"G650ER\",", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("MISSING_VALUE");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("model");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }
}
