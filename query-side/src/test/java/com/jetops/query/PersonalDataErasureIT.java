package com.jetops.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.Address;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.platform.privacy.SubjectKeys;
import com.jetops.query.admin.Projections;
import com.jetops.query.search.SearchIndexes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end: a client's personal data is stored sealed; once the client's key
 * is destroyed and the erasure event projected, no API and no search document shows any of it,
 * and a full replay of every projection (search indices rebuilt too) shows none of it either,
 * while the booking itself, its route and its price stay.
 */
@QuerySideIntegrationTest
class PersonalDataErasureIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Currency USD = Currency.getInstance("USD");

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubjectKeys subjectKeys;
    @Autowired
    Projections projections;
    @Autowired
    SearchIndexes searchIndexes;
    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void afterErasureNoPersonalFieldIsReadableAnywhereBeforeAndAfterAFullReplay() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Eleanor Vancewright" + tag;
        String passenger = "Theodora Quillfeather" + tag;
        String passport = "P" + tag.toUpperCase() + "77";
        String email = "eleanor." + tag + "@example.com";
        ClientId clientId = ClientId.random();
        BookingId bookingId = BookingId.random();
        events.append("Client", clientId.value(), 0, new ClientRegisteredEvent(clientId, new ClientProfile(
                ClientKind.INDIVIDUAL, null, new Contact(name, null, "+1 212 555 0142", email), email,
                "+1 212 555 0142", new Address("745 Fifth Avenue", null, "Hillsdale", "10151", "US"), List.of())));
        events.append("Booking", bookingId.value(), 0, requested(bookingId, clientId, new Passenger(passenger,
                LocalDate.parse("1984-02-29"), "GB", passport, 70, List.of(0))));

        // Stored sealed: the event store itself holds none of it.
        String stored = jdbc.queryForObject("select string_agg(convert_from(payload, 'UTF8'), ' ') from domain_event_entry "
                + "where aggregate_identifier in (?, ?)", String.class, clientId.value(), bookingId.value());
        assertThat(stored).doesNotContain(name, passenger, passport, email, "745 Fifth").contains("$personal");

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() ->
                json("/flights/" + bookingId + "/manifest").toString().contains(passenger)
                        && finds(name, clientId.value()) && finds(passenger, bookingId.value()));
        assertThat(json("/clients/" + clientId).toString()).contains(name);
        assertThat(json("/audit/clients/" + clientId + "/history").toString()).contains(name);

        subjectKeys.erase(clientId.value());
        events.append("Client", clientId.value(), 1, new ClientPersonalDataErasedEvent(clientId, Instant.now()));
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() ->
                json("/clients/" + clientId).at("/profile/contact/name").asText().equals("[erased]")
                        && !json("/flights/" + bookingId + "/manifest").toString().contains(passenger)
                        && !finds(name, clientId.value()) && !finds(passenger, bookingId.value()));
        nothingPersonalAnywhere(clientId, bookingId, name, passenger, passport, email);

        for (Projections.Status processor : projections.statuses()) {
            projections.rebuild(processor.name());
        }
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(120))).as(projections.statuses().toString()).isTrue();
        nothingPersonalAnywhere(clientId, bookingId, name, passenger, passport, email);
    }

    private void nothingPersonalAnywhere(ClientId clientId, BookingId bookingId, String... personal) throws Exception {
        JsonNode client = json("/clients/" + clientId);
        assertThat(client.at("/profile/contact/name").asText()).isEqualTo("[erased]");
        assertThat(client.at("/profile/billingAddress/country").asText()).isEqualTo("US");
        JsonNode booking = json("/flights/" + bookingId);
        assertThat(new BigDecimal(booking.at("/price/total/amount").asText())).isEqualByComparingTo("10000.00");
        assertThat(booking.at("/legs/0/from").asText()).isEqualTo("KTEB");
        for (String path : List.of("/clients/" + clientId, "/clients/" + clientId + "/bookings",
                "/clients/" + clientId + "/export", "/flights/" + bookingId, "/flights/" + bookingId + "/manifest",
                "/audit/clients/" + clientId + "/history", "/audit/flights/" + bookingId + "/history",
                "/audit/export?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(personal);
        }
        assertThat(json("/flights/" + bookingId + "/manifest").toString()).contains("[erased]");
        for (String term : personal) {
            assertThat(finds(term, clientId.value()) || finds(term, bookingId.value())).as(term).isFalse();
        }
        for (var index : searchIndexes.all()) {
            elasticsearch.indices().refresh(r -> r.index(index.alias()));
            String documents = elasticsearch.search(s -> s.index(index.alias()).size(10_000), JsonNode.class).hits()
                    .hits().stream().map(hit -> String.valueOf(hit.source())).reduce("", String::concat);
            assertThat(documents).as(index.alias()).doesNotContain(personal);
        }
    }

    /** Whether searching {@code text} finds the document {@code id} (other tests' documents may match too). */
    private boolean finds(String text, String id) throws Exception {
        return json("/search?size=100&q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                .get("hits").findValuesAsText("id").contains(id);
    }

    private static BookingRequestedEvent requested(BookingId bookingId, ClientId clientId, Passenger passenger) {
        Instant out = Instant.parse("2026-12-10T14:00:00Z");
        Money subtotal = new Money(new BigDecimal("10000.00"), USD);
        Money zero = new Money(new BigDecimal("0.00"), USD);
        PriceBreakdown price = new PriceBreakdown(USD, BigDecimal.ONE,
                List.of(new PriceLine(PriceLineKind.BASE, "5.5 h", 0, subtotal)), subtotal, zero, subtotal, null, zero,
                BigDecimal.ZERO, zero, subtotal, List.of(new PriceBreakdown.LegFigures(0, new IcaoCode("KTEB"),
                new IcaoCode("KVNY"), false, new BigDecimal("2128.4"), 330, new BigDecimal("5.5000"))));
        QuoteOption option = new QuoteOption(AircraftId.random(), "N" + bookingId.value().substring(0, 4).toUpperCase(),
                "CL35", AircraftCategory.SUPER_MIDSIZE_JET, 9, null, Money.of("6200.00", "USD"), 470,
                List.of(new PlannedLeg(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), out, out.plusSeconds(19800), 1,
                        false)), List.of(), price, null);
        return new BookingRequestedEvent(bookingId, QuoteId.random(), clientId, null, option, List.of(passenger), Set.of());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
