package com.jetops.query.client;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.client.Address;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientPage;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.ClientView;
import com.jetops.api.client.Contact;
import com.jetops.api.client.FindClientQuery;
import com.jetops.api.client.ListClientsQuery;
import com.jetops.api.client.PaymentMethodAddedEvent;
import com.jetops.api.client.PaymentMethodReference;
import com.jetops.api.client.PaymentMethodRemovedEvent;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The clients read model: events in, queries out, on the real PostgreSQL; and through HTTP. */
@QuerySideIntegrationTest
class ClientProjectionIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    @Autowired
    ClientProjection projection;
    @Autowired
    com.jetops.query.EventStoreFixture.Appender events;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    /** A name unique to the test run, so searches find only this test's clients. */
    private final String tag = "Q" + UUID.randomUUID().toString().substring(0, 8);

    private ClientRegisteredEvent registered(String name, String company) {
        ClientId clientId = ClientId.random();
        return new ClientRegisteredEvent(clientId, new ClientProfile(company == null ? ClientKind.INDIVIDUAL
                : ClientKind.CORPORATE, company, new Contact(name, null, "+1 212 555 0142", null),
                clientId.value() + "@example.com", "+1 212 555 0142",
                new Address("745 Fifth Avenue", null, "New York", "10151", "US"), List.of()));
    }

    private ClientPage search(String text, ListClientsQuery.Sort sort, boolean descending) {
        return projection.list(new ListClientsQuery(text, null, null, null, sort, descending, 0, 50));
    }

    @Test
    void aClientsTierPaymentMethodsAndClosureAreShownAndARedeliveredEventChangesNothing() {
        ClientRegisteredEvent event = registered("Eleanor Vance " + tag, null);
        ClientId id = event.clientId();
        projection.on(event, 0, AT);
        projection.on(new VipStatusChangedEvent(id, VipStatus.GOLD), 1);
        projection.on(new PaymentMethodAddedEvent(id, new PaymentMethodReference("tok_visa_1", "VISA", "4242")), 2);
        projection.on(new PaymentMethodAddedEvent(id, new PaymentMethodReference("tok_amex_2", "AMEX", "0005")), 3);
        projection.on(new PaymentMethodRemovedEvent(id, "tok_visa_1"), 4);
        projection.on(new VipStatusChangedEvent(id, VipStatus.SILVER), 1);   // redelivered: older than the row

        ClientView view = projection.find(new FindClientQuery(id));
        assertThat(view.vipStatus()).isEqualTo(VipStatus.GOLD);
        assertThat(view.paymentMethods()).containsExactly(new ClientView.PaymentMethod("AMEX", "0005"));
        assertThat(view.registeredAt()).isEqualTo(AT);
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.bookings()).isEqualTo(ClientView.BookingSummary.NONE);
        assertThat(view.emailNotifications()).as("every kind until the client chooses")
                .containsExactlyInAnyOrderElementsOf(com.jetops.api.notification.NotificationKind.defaults());

        projection.on(new com.jetops.api.client.ClientNotificationPreferencesChangedEvent(id,
                java.util.EnumSet.of(com.jetops.api.notification.NotificationKind.INVOICE_ISSUED)), 5);
        assertThat(projection.find(new FindClientQuery(id)).emailNotifications())
                .containsExactly(com.jetops.api.notification.NotificationKind.INVOICE_ISSUED);

        projection.on(new ClientDeactivatedEvent(id, "Moved to another operator"), 6);
        ClientView closed = projection.find(new FindClientQuery(id));
        assertThat(closed.active()).isFalse();
        assertThat(closed.deactivationReason()).isEqualTo("Moved to another operator");
        assertThat(projection.list(new ListClientsQuery(tag, null, true, null, null, false, 0, 50)).items()).isEmpty();
    }

    @Test
    void searchMatchesNameCompanyOrEmailInAnyCaseAndSorts() {
        ClientRegisteredEvent zed = registered("Zed Arnold " + tag, null);
        ClientRegisteredEvent acme = registered("Luke Sanderson", "Acme Aviation " + tag);
        projection.on(zed, 0, AT);
        projection.on(acme, 0, AT.plusSeconds(60));

        assertThat(search(tag.toLowerCase(), ListClientsQuery.Sort.NAME, false).items())
                .extracting(ClientView::clientId).containsExactly(acme.clientId(), zed.clientId());
        assertThat(search(tag, ListClientsQuery.Sort.REGISTERED_AT, true).items())
                .extracting(ClientView::clientId).containsExactly(acme.clientId(), zed.clientId());
        assertThat(search(acme.clientId().value() + "@EXAMPLE", null, false).items()).hasSize(1);
        // The user's % is a character to find, not a wildcard.
        assertThat(search("%" + tag, null, false).items()).isEmpty();
    }

    @Test
    void theTripsSummaryComesFromTheFlightsReadModel() throws Exception {
        ClientRegisteredEvent event = registered("Theo Dudley " + tag, null);
        projection.on(event, 0, AT);
        Instant ahead = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try {
            flight(event.clientId(), "CONFIRMED", ahead);
            flight(event.clientId(), "PAID", Instant.parse("2026-10-01T12:00:00Z"));
            flight(event.clientId(), "REJECTED", ahead);
            assertSummary(event, ahead);
        } finally {
            // Bare rows: other tests list flights and expect whole views.
            jdbc.update("delete from flight_booking where client_id = ?", event.clientId().value());
        }
    }

    private void assertSummary(ClientRegisteredEvent event, Instant ahead) throws Exception {

        ClientView view = projection.find(new FindClientQuery(event.clientId()));
        assertThat(view.bookings().booked()).isEqualTo(2);
        assertThat(view.bookings().completed()).isEqualTo(1);
        assertThat(view.bookings().nextDeparture()).isEqualTo(ahead);
        assertThat(view.bookings().lastDeparture()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));

        JsonNode bookings = JSON.readTree(get("/clients/" + event.clientId() + "/bookings?status=PAID").body());
        assertThat(bookings.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void asOfAnInstantTheClientIsWhatItsEventsUpToThenMadeIt() throws Exception {
        ClientRegisteredEvent event = registered("Nell Crain " + tag, null);
        events.append("Client", event.clientId().value(), 0, event);
        Thread.sleep(20);
        Instant silver = Instant.now();
        Thread.sleep(20);
        events.append("Client", event.clientId().value(), 1, new VipStatusChangedEvent(event.clientId(), VipStatus.GOLD));

        JsonNode then = JSON.readTree(get("/clients/" + event.clientId() + "/as-of?at=" + silver).body());
        assertThat(then.get("vipStatus").asText()).isEqualTo("STANDARD");
        JsonNode now = JSON.readTree(get("/clients/" + event.clientId() + "/as-of?at=" + Instant.now().plusSeconds(1)).body());
        assertThat(now.get("vipStatus").asText()).isEqualTo("GOLD");
        assertThat(now.get("version").asLong()).isEqualTo(1);
        assertThat(get("/clients/" + event.clientId() + "/as-of?at=" + AT).statusCode()).isEqualTo(404);
    }

    @Test
    void badParametersAre400AndAnUnknownClient404() throws Exception {
        for (String bad : List.of("/clients?size=10000", "/clients?sort=password", "/clients?vipStatus=DIAMOND",
                "/clients?direction=sideways", "/clients?page=-1", "/clients/not-a-uuid", "/clients?q=" + "x".repeat(101))) {
            HttpResponse<String> response = get(bad);
            assertThat(response.statusCode()).as(bad + " → " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(get("/clients/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/clients/" + UUID.randomUUID() + "/bookings").statusCode()).isEqualTo(404);
        // SQL syntax in q is refused, not searched for; an apostrophe in a name is fine.
        HttpResponse<String> injection = get("/clients?q=" + java.net.URLEncoder.encode("x' or '1'='1",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(injection.statusCode()).isEqualTo(400);
        HttpResponse<String> name = get("/clients?q=" + java.net.URLEncoder.encode("O'Hara",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(name.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(name.body()).get("items")).isEmpty();
    }

    private void flight(ClientId clientId, String status, Instant departure) {
        // Only the columns the summary reads matter here; the flights read model itself is tested elsewhere.
        jdbc.update("insert into flight_booking (booking_id, version, status, client_id, aircraft_id, first_departure, "
                        + "airports, view, passengers) values (?, 0, ?, ?, ?, ?, ' KTEB KVNY ', '{}', '[]')",
                UUID.randomUUID().toString(), status, clientId.value(), UUID.randomUUID().toString(),
                Timestamp.from(departure));
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
