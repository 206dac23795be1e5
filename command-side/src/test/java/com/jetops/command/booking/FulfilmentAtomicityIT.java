package com.jetops.command.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.command.CommandApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fulfilment step that breaks half-way (the crew roster table is unavailable after the
 * aircraft was held, as in a database fault) leaves nothing behind: the holds roll back with the
 * saga's transaction, the event is not skipped but delivered again, and the redone step
 * confirms the booking with exactly one reservation per leg. The fault is in the database, so
 * every running instance of the command side (other test contexts included) meets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FulfilmentAtomicityIT {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String aggregateId, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, aggregateId, "%." + type);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void within(Duration limit, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met within " + limit).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStepThatFailsHalfWayLeavesNothingAndIsRedoneWhole() throws Exception {
        CommandApi api = new CommandApi(port);
        String type = "Z" + UUID.randomUUID().toString().substring(0, 3).toUpperCase().replaceAll("[^A-Z0-9]", "Q");
        HttpResponse<String> registered = api.post("/aircraft", """
                {"tailNumber":"%s","manufacturer":"Embraer","model":"Phenom 300E","typeDesignator":"%s",
                 "category":"LIGHT_JET","yearOfManufacture":2023,"seatingCapacity":8,"rangeNm":2010,
                 "cruiseSpeedKt":453,"hourlyRate":{"amount":"3900.00","currency":"USD"},"baseAirport":"KHPN",
                 "amenities":[]}""".formatted(CommandApi.uniqueTail(), type));
        String aircraftId = json(registered).get("aircraftId").asText();
        for (String position : List.of("CAPTAIN", "FIRST_OFFICER")) {
            String crewId = json(api.post("/crew", """
                    {"employeeId":"A-%s","name":"Pilot %s","position":"%s","baseAirport":"KHPN",
                     "contact":{"phone":"+1 914 555 0100","emergencyContactName":"Kin","emergencyContactPhone":"+1 914 555 0101"}}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8), position, position))).get("crewMemberId").asText();
            api.post("/crew/" + crewId + "/licences", """
                    {"kind":"AIRLINE_TRANSPORT_PILOT","number":"ATP-2","issuingAuthority":"FAA","expiresOn":"2030-01-31"}""");
            api.post("/crew/" + crewId + "/medical", "{\"medicalClass\":1,\"expiresOn\":\"2030-12-31\"}");
            api.post("/crew/" + crewId + "/type-ratings", "{\"typeDesignator\":\"" + type + "\"}");
        }
        String clientId = json(api.post("/clients", """
                {"kind":"INDIVIDUAL","contact":{"name":"Kenji Watanabe"},"email":"%s@example.jp","phone":"+81 3 5555 0101",
                 "billingAddress":{"line1":"3-1 Marunouchi","city":"Tokyo","postalCode":"100-0005","country":"JP"},
                 "emergencyContacts":[]}""".formatted(UUID.randomUUID()))).get("clientId").asText();
        String quoteBody = """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KHPN","to":"KPBI","departure":"%s","passengers":2}]}"""
                .formatted(clientId, aircraftId, Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS));
        HttpResponse<String>[] quoted = new HttpResponse[1];
        within(Duration.ofSeconds(20), () -> (quoted[0] = api.post("/flights/quote", quoteBody)).statusCode() == 201);
        JsonNode quote = json(quoted[0]);

        jdbc.execute("alter table catalog_crew rename to catalog_crew_offline");
        String bookingId;
        try {
            bookingId = json(api.post("/flights", """
                {"quoteId":"%s","passengers":[
                 {"name":"Kenji Watanabe","dateOfBirth":"1975-03-03","nationality":"JP","passportNumber":"TK1234567"},
                 {"name":"Yui Watanabe","dateOfBirth":"1978-07-07","nationality":"JP","passportNumber":"TK7654321"}]}"""
                .formatted(quote.get("quoteId").asText()))).get("bookingId").asText();

            long requestedAt = jdbc.queryForObject("select global_index from domain_event_entry "
                    + "where aggregate_identifier = ? and payload_type like '%.BookingRequestedEvent'", Long.class, bookingId);
            // Ample time for several attempts: each holds the aircraft, then fails at the roster.
            sleep(Duration.ofSeconds(5));
            assertThat(count(aircraftId, "AircraftReservationHeldEvent")).isZero();
            assertThat(count(bookingId, "BookingConfirmedEvent") + count(bookingId, "BookingRejectedEvent")).isZero();
            // ...and the event was not skipped: the saga's position is still before it.
            String token = jdbc.queryForObject("select convert_from(token, 'UTF8') from token_entry "
                    + "where processor_name = 'BookingFulfilmentProcessor'", String.class);
            assertThat(CommandApi.JSON.readTree(token).get("index").asLong()).isLessThan(requestedAt);
        } finally {
            jdbc.execute("alter table catalog_crew_offline rename to catalog_crew");
        }

        within(Duration.ofSeconds(60), () -> count(bookingId, "BookingConfirmedEvent") == 1);
        assertThat(count(aircraftId, "AircraftReservationHeldEvent")).isEqualTo(2);   // out and home, once each
        assertThat(count(aircraftId, "AircraftReservationReleasedEvent")).isZero();
    }
}
