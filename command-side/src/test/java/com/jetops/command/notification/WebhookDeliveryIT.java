package com.jetops.command.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.api.security.Role;
import com.jetops.command.CommandApi;
import com.jetops.platform.security.TokenMinter;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.jetops.command.CommandApi.json;
import static com.jetops.command.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks over real HTTP: a JDK HttpServer in this JVM plays the integrator, checks every
 * signature, refuses the first delivery with 500 and accepts the retry; the delivery log shows
 * both attempts. application-test.yml shortens the backoff to a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebhookDeliveryIT {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private CommandApi api;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String secret;

    record Received(String eventId, String eventType, String body, boolean signatureValid, int answered) {
    }

    @BeforeEach
    void receiver() throws IOException {
        api = new CommandApi(port);
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            String timestamp = headers.getFirst("X-JetOps-Timestamp");
            boolean valid = secret != null && timestamp != null && WebhookSignature.verify(secret,
                    Long.parseLong(timestamp), body, headers.getFirst("X-JetOps-Signature"));
            int status = calls.incrementAndGet() == 1 ? 500 : valid ? 204 : 401;
            received.add(new Received(headers.getFirst("X-JetOps-Event-Id"), headers.getFirst("X-JetOps-Event-Type"),
                    body, valid, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String hookUrl() {
        return "http://localhost:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void aConfirmedBookingIsPostedSignedRetriedAfterA500AndLogged() throws Exception {
        HttpResponse<String> subscribed = api.post("/webhooks",
                "{\"url\":\"" + hookUrl() + "\",\"events\":[\"BOOKING_CONFIRMED\",\"FLIGHT_DEPARTED\"]}");
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        JsonNode subscription = json(subscribed);
        String subscriptionId = subscription.get("id").asText();
        secret = subscription.get("secret").asText();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(subscribed.headers().firstValue("Location")).hasValue("/webhooks/" + subscriptionId);
        HttpResponse<String> listed = api.send("GET", "/webhooks", null);
        assertThat(listed.body()).contains(subscriptionId).doesNotContain(secret);   // shown once, never again

        Trips trips = new Trips(api);
        String clientId = trips.client("Eleanor Vance", "hook-" + java.util.UUID.randomUUID() + "@example.com");
        JsonNode quote = trips.quote(clientId, Instant.now().plus(Duration.ofDays(15)).truncatedTo(ChronoUnit.HOURS));
        String bookingId = trips.book(quote.get("quoteId").asText());

        List<Received> confirmations = eventually(() -> received.stream()
                .filter(r -> "BOOKING_CONFIRMED".equals(r.eventType()) && r.body().contains(bookingId)).toList(),
                list -> list.size() >= 2 && list.stream().anyMatch(r -> r.answered() == 204));
        Received first = confirmations.get(0);
        Received accepted = confirmations.stream().filter(r -> r.answered() == 204).findFirst().orElseThrow();
        assertThat(first.answered()).isEqualTo(500);
        assertThat(confirmations).allMatch(Received::signatureValid);
        assertThat(accepted.eventId()).isEqualTo(first.eventId());
        assertThat(accepted.body()).isEqualTo(first.body());
        JsonNode envelope = CommandApi.JSON.readTree(accepted.body());
        assertThat(envelope.get("id").asText()).isEqualTo(accepted.eventId());
        assertThat(envelope.get("type").asText()).isEqualTo("BOOKING_CONFIRMED");
        assertThat(envelope.get("occurredAt").asText()).isNotBlank();
        assertThat(envelope.at("/data/bookingId").asText()).isEqualTo(bookingId);
        assertThat(envelope.at("/data/tailNumber").asText()).isEqualTo(trips.tailNumber);
        assertThat(envelope.at("/data/legs/0/from").asText()).isEqualTo("KTEB");
        // Ids and trip facts only: no names, addresses or passengers.
        assertThat(accepted.body()).doesNotContain("Eleanor").doesNotContain("@example.com").doesNotContain("Passenger");

        JsonNode log = eventually(() -> json(api.send("GET", "/webhooks/" + subscriptionId + "/deliveries", null)),
                deliveries -> deliveries.size() >= 2 && "SENT".equals(deliveries.get(0).get("outcome").asText()));
        JsonNode sent = log.get(0);
        JsonNode failed = log.get(1);
        assertThat(sent.get("eventId").asText()).isEqualTo(first.eventId());
        assertThat(sent.get("eventType").asText()).isEqualTo("BOOKING_CONFIRMED");
        assertThat(sent.get("attempt").asInt()).isEqualTo(2);
        assertThat(sent.get("httpStatus").asInt()).isEqualTo(204);
        assertThat(sent.get("nextAttemptAt").isNull()).isTrue();
        assertThat(failed.get("attempt").asInt()).isEqualTo(1);
        assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.get("httpStatus").asInt()).isEqualTo(500);
        assertThat(failed.get("error").asText()).contains("HTTP 500");
        assertThat(failed.get("durationMs").asLong()).isGreaterThanOrEqualTo(0);
        Instant retryAt = Instant.parse(failed.get("nextAttemptAt").asText());
        assertThat(Duration.between(Instant.parse(failed.get("attemptedAt").asText()), retryAt)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Instant.parse(sent.get("attemptedAt").asText())).isAfterOrEqualTo(retryAt);

        // Redelivering the same event to the processor would add nothing: one row per event and target.
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where event_id = ? and target = ?",
                Long.class, first.eventId(), subscriptionId)).isEqualTo(1);

        // Deleted: nothing more is sent, the log stays readable.
        assertThat(api.send("DELETE", "/webhooks/" + subscriptionId, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/webhooks/" + subscriptionId, null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/webhooks", null).body()).doesNotContain(subscriptionId);
        assertThat(api.send("GET", "/webhooks/" + subscriptionId + "/deliveries", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSubscriptionNamesTheFieldAtFaultAndStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from webhook_subscription", Long.class);
        Map<String, String> cases = Map.of(
                "{\"url\":\"ftp://example.com/hook\",\"events\":[\"BOOKING_CONFIRMED\"]}", "url",
                "{\"url\":\"/relative/hook\",\"events\":[\"BOOKING_CONFIRMED\"]}", "url",
                "{\"url\":\"https://user:pw@example.com/hook\",\"events\":[\"BOOKING_CONFIRMED\"]}", "url",
                "{\"url\":\"not a url\",\"events\":[\"BOOKING_CONFIRMED\"]}", "url",
                "{\"events\":[\"BOOKING_CONFIRMED\"]}", "url",
                "{\"url\":\"https://example.com/hook\",\"events\":[]}", "events",
                "{\"url\":\"https://example.com/hook\"}", "events",
                "{\"url\":\"https://example.com/hook\",\"events\":[\"BOOKING_CONFIRMED\",\"PROMOTIONS\"]}", "events[1]");
        cases.forEach((body, field) -> {
            HttpResponse<String> refused = api.post("/webhooks", body);
            assertThat(refused.statusCode()).as(body + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(json(refused).at("/errors/0/field").asText()).as(body).isEqualTo(field);
        });
        assertThat(jdbc.queryForObject("select count(*) from webhook_subscription", Long.class)).isEqualTo(before);
        assertThat(api.send("GET", "/webhooks/" + java.util.UUID.randomUUID() + "/deliveries", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyASuperAdminManagesWebhooksAndOperationsReadsThem() {
        TokenMinter minter = TokenMinter.development();
        Map<String, String> operations = Map.of("Authorization", "Bearer " + minter.mint(Role.OPERATIONS_MANAGER, null));
        Map<String, String> client = Map.of("Authorization", "Bearer " + minter.mint(Role.CLIENT, "c-1"));
        String body = "{\"url\":\"https://example.com/hook\",\"events\":[\"FLIGHT_ARRIVED\"]}";
        assertThat(api.send("POST", "/webhooks", body, operations).statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/webhooks", body, client).statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/webhooks", null, operations).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/webhooks", null, client).statusCode()).isEqualTo(403);
    }
}
