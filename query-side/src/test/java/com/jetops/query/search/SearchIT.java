package com.jetops.query.search;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.Address;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events in the real store come out of one search box over real Elasticsearch: fuzzy, filtered, faceted, highlighted. */
@QuerySideIntegrationTest
class SearchIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    EventStoreFixture.Appender events;
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode search(String query) throws Exception {
        HttpResponse<String> response = get("/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void clientsAndBookingsAreFoundByNameCityAndAirportWithFacetsAndHighlights() throws Exception {
        String surname = "Zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        ClientId clientId = ClientId.random();
        events.append("Client", clientId.value(), 0, new ClientRegisteredEvent(clientId, new ClientProfile(
                ClientKind.INDIVIDUAL, null, new Contact("Hugh " + surname, null, "+1 212 555 0142", null),
                clientId.value() + "@example.com", "+1 212 555 0142",
                new Address("1 Hill House Lane", null, "Hillsdale", "12529", "US"), List.of())));
        events.append("Client", clientId.value(), 1, new VipStatusChangedEvent(clientId, VipStatus.PLATINUM));
        BookingId bookingId = BookingId.random();
        events.append("Booking", bookingId.value(), 0, requested(bookingId, clientId, "N" + surname.substring(2, 6).toUpperCase()));
        events.append("Booking", bookingId.value(), 1, new BookingConfirmedEvent(bookingId, AircraftId.random(),
                List.of(), List.of()));

        // Misspelt by one letter: still found, with the name highlighted.
        String typo = "Hugh " + surname.substring(0, surname.length() - 1) + "y";
        JsonNode byName = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> hit(search("type=CLIENT&size=100&q=" + encode(typo)), clientId.value()),
                hit -> hit != null && hit.at("/document/vipStatus").asText().equals("PLATINUM"));
        assertThat(byName.get("type").asText()).isEqualTo("CLIENT");
        assertThat(byName.at("/highlight/name/0").asText()).contains("<em>");

        // Van Nuys is the city of KVNY: the confirmed booking to it, by the aircraft's tail number too.
        String tail = "N" + surname.substring(2, 6).toUpperCase();
        JsonNode byTail = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> hit(search("size=100&q=" + encode(tail)), bookingId.value()),
                hit -> hit != null && hit.at("/document/status").asText().equals("CONFIRMED"));
        assertThat(byTail.get("type").asText()).isEqualTo("BOOKING");
        assertThat(search("size=100&q=" + encode(tail)).at("/facets/type/BOOKING").asLong()).isPositive();
        JsonNode vanNuys = search("type=BOOKING&status=CONFIRMED&size=100&q=" + encode("Van Nuys"));
        assertThat(vanNuys.get("hits").findValuesAsText("id")).contains(bookingId.value());
        assertThat(vanNuys.at("/facets/status").fieldNames()).toIterable().containsOnly("CONFIRMED");

        // Analytics over the same index: the booking counts in December's bucket and on its route.
        JsonNode months = JSON.readTree(get("/analytics/bookings?interval=MONTH&from=2026-12-01T00:00:00Z"
                + "&to=2027-01-01T00:00:00Z").body());
        assertThat(months).anySatisfy(bucket -> {
            assertThat(bucket.get("key").asText()).isEqualTo("2026-12");
            assertThat(bucket.get("bookings").asLong()).isPositive();
            assertThat(bucket.at("/value/USD").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("10000.00"));
        });
        JsonNode routes = JSON.readTree(get("/analytics/top-routes?size=100").body());
        assertThat(routes.findValuesAsText("key")).contains("KTEB → KVNY");
    }

    @Test
    void crewByNameAndTypeRatingAndMaintenanceByAdNumberAreFound() throws Exception {
        String surname = "Zk" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "w");
        com.jetops.api.crew.CrewMemberId crewId = com.jetops.api.crew.CrewMemberId.random();
        events.append("CrewMember", crewId.value(), 0, new com.jetops.api.crew.CrewMemberHiredEvent(crewId, "E-77",
                "Riley " + surname, com.jetops.api.crew.CrewPosition.CAPTAIN, new IcaoCode("KVNY"),
                new com.jetops.api.crew.CrewContact("+1 818 555 0100", null, "Sam Novak", "+1 818 555 0101")));
        events.append("CrewMember", crewId.value(), 1, new com.jetops.api.crew.TypeRatingRecordedEvent(crewId, "GLF6", null));
        // Other tests' crew and items share words with these: look for this one among the hits.
        JsonNode crew = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> hit(search("type=CREW&size=100&q=" + encode("Riley " + surname)), crewId.value()),
                hit -> hit != null && hit.at("/document/typeRatings/0").asText().equals("GLF6"));
        assertThat(crew.get("type").asText()).isEqualTo("CREW");
        assertThat(crew.at("/document/baseAirportCity").asText()).isEqualTo("Van Nuys");

        String ad = "AD 2026-" + UUID.randomUUID().toString().substring(0, 4);
        com.jetops.api.maintenance.MaintenanceItemId itemId = com.jetops.api.maintenance.MaintenanceItemId.random();
        events.append("MaintenanceItem", itemId.value(), 0, new com.jetops.api.maintenance.MaintenanceItemOpenedEvent(
                itemId, AircraftId.random(), com.jetops.api.maintenance.MaintenanceKind.AIRWORTHINESS_DIRECTIVE, ad,
                "Inspect elevator trim tab attachment", new com.jetops.api.maintenance.DuePoint(null, null,
                java.time.LocalDate.parse("2027-01-31")), null, false));
        JsonNode item = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> hit(search("type=MAINTENANCE&size=100&q=" + encode(ad)), itemId.value()), java.util.Objects::nonNull);
        assertThat(item.at("/document/status").asText()).isEqualTo("PLANNED");
        assertThat(item.at("/document/adNumber").asText()).isEqualTo(ad);
    }

    private static JsonNode hit(JsonNode result, String id) {
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit;
            }
        }
        return null;
    }

    @Test
    void badParametersAre400() throws Exception {
        for (String bad : List.of("/search", "/search?q=", "/search?q=x&type=SHIPS", "/search?q=x&size=1000",
                "/search?q=x&page=500&size=100", "/search?q=x&status=" + encode("x\" or 1=1"),
                "/search?q=" + "x".repeat(201), "/analytics/top-routes?size=0", "/analytics/top-clients?size=1000",
                "/analytics/bookings?interval=YEAR&from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z",
                "/analytics/bookings?from=2027-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                "/analytics/bookings?interval=DAY&from=2020-01-01T00:00:00Z&to=2027-01-01T00:00:00Z")) {
            HttpResponse<String> response = get(bad);
            assertThat(response.statusCode()).as(bad + " → " + response.body()).isEqualTo(400);
        }
    }

    /** Search text is plain words: query-language and SQL syntax is refused, naming q, on every search path. */
    @Test
    void injectionStringsInQAre400() throws Exception {
        for (String path : List.of("/search?q=", "/clients?q=", "/crew?q=", "/aircraft/search?q=")) {
            for (String injection : List.of("'; DROP TABLE client; --", "name:* OR 1=1", "{\"match_all\":{}}",
                    "tail\u0000number", "x\") OR (\"1\"=\"1", "N1*")) {
                HttpResponse<String> response = get(path + encode(injection));
                assertThat(response.statusCode()).as(path + injection + " → " + response.body()).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(JSON.readTree(response.body()).at("/errors/0/field").asText()).as(response.body()).isEqualTo("q");
            }
            HttpResponse<String> name = get(path + encode("O'Brien-Smith & Co. (Paris) +33 1"));
            assertThat(name.statusCode()).as(path + " → " + name.body()).isEqualTo(200);
        }
    }

    /** A passenger's name finds the booking for roles that may read manifests; for the others it is not there at all. */
    @Test
    void passengerNamesAreSearchableOnlyByManifestReaders() throws Exception {
        BookingId bookingId = BookingId.random();
        String surname = "Quillfeather" + UUID.randomUUID().toString().substring(0, 4);
        String tail = "N" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        BookingRequestedEvent requested = requested(bookingId, ClientId.random(), tail);
        events.append("Booking", bookingId.value(), 0, new BookingRequestedEvent(bookingId, requested.quoteId(),
                requested.clientId(), null, requested.option(), List.of(new com.jetops.api.booking.Passenger(
                "Theodora " + surname, java.time.LocalDate.parse("1984-02-29"), "GB", "P1234567", 70, List.of(0))),
                Set.of()));
        String operations = TestTokens.bearer(com.jetops.api.security.Role.OPERATIONS_MANAGER, null);
        String finance = TestTokens.bearer(com.jetops.api.security.Role.FINANCE_MANAGER, null);
        JsonNode found = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> hit(searchAs(operations, "type=BOOKING&size=100&q=" + encode(surname)), bookingId.value()),
                java.util.Objects::nonNull);
        assertThat(found.at("/document/passengerNames/0").asText()).isEqualTo("Theodora " + surname);
        assertThat(found.at("/highlight/passengerNames/0").asText()).contains("<em>");

        assertThat(hit(searchAs(finance, "type=BOOKING&size=100&q=" + encode(surname)), bookingId.value())).isNull();
        JsonNode byTail = hit(searchAs(finance, "type=BOOKING&size=100&q=" + encode(tail)), bookingId.value());
        assertThat(byTail).isNotNull();
        assertThat(byTail.get("document").has("passengerNames")).isFalse();
        assertThat(byTail.toString()).doesNotContain(surname);
    }

    private JsonNode searchAs(String authorization, String query) throws Exception {
        HttpResponse<String> response = HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/search?" + query))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static BookingRequestedEvent requested(BookingId bookingId, ClientId clientId, String tail) {
        Instant out = Instant.parse("2026-12-10T14:00:00Z");
        Money subtotal = new Money(new BigDecimal("10000.00"), USD);
        Money zero = new Money(new BigDecimal("0.00"), USD);
        PriceBreakdown price = new PriceBreakdown(USD, BigDecimal.ONE,
                List.of(new PriceLine(PriceLineKind.BASE, "5.5 h", 0, subtotal)), subtotal, zero, subtotal, null, zero,
                BigDecimal.ZERO, zero, subtotal, List.of(new PriceBreakdown.LegFigures(0, new IcaoCode("KTEB"),
                new IcaoCode("KVNY"), false, new BigDecimal("2128.4"), 330, new BigDecimal("5.5000"))));
        QuoteOption option = new QuoteOption(AircraftId.random(), tail, "CL35", AircraftCategory.SUPER_MIDSIZE_JET, 9,
                null, Money.of("6200.00", "USD"), 470, List.of(new PlannedLeg(0, new IcaoCode("KTEB"),
                new IcaoCode("KVNY"), out, out.plusSeconds(19800), 2, false)), List.of(), price, null);
        return new BookingRequestedEvent(bookingId, QuoteId.random(), clientId, null, option, List.of(), Set.of());
    }
}
