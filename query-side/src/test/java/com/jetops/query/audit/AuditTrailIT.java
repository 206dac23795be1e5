package com.jetops.query.audit;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.billing.CommissionAccruedEvent;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.billing.InvoiceOverdueEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Money;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail read from the real event store through real HTTP: history, search, paging, export, refusals. */
@QuerySideIntegrationTest
class AuditTrailIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * Two events of one invoice sharing one trace. (Events no projection needs a predecessor for:
     * the projections run on the same store and would wait for a missing first event.)
     */
    private record Trail(InvoiceId invoiceId, String traceId) {
    }

    private Trail twoEvents() {
        InvoiceId invoiceId = InvoiceId.random();
        String traceId = UUID.randomUUID().toString();
        events.append("Invoice", invoiceId.value(), 0, new InvoiceOverdueEvent(invoiceId, BookingId.random(),
                        java.time.LocalDate.parse("2026-12-24"), Money.of("10750.00", "USD")),
                Map.of("traceId", traceId, "correlationId", UUID.randomUUID().toString(),
                        "causedBy", "InvoiceOverdueDeadline"));
        events.append("Invoice", invoiceId.value(), 1, new CommissionAccruedEvent(invoiceId, BookingId.random(),
                "agent-7", Money.of("537.50", "USD")), Map.of("traceId", traceId, "causedBy", "RecordPaymentCommand"));
        return new Trail(invoiceId, traceId);
    }

    @Test
    void anAggregatesHistoryShowsEveryEventInOrderWithWhatCausedIt() throws Exception {
        Trail trail = twoEvents();
        JsonNode history = getJson("/audit/invoices/" + trail.invoiceId() + "/history");
        JsonNode entries = history.get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("eventType").asText()).isEqualTo("InvoiceOverdueEvent");
        assertThat(entries.get(0).get("causedBy").asText()).isEqualTo("InvoiceOverdueDeadline");
        assertThat(entries.get(0).get("traceId").asText()).isEqualTo(trail.traceId());
        assertThat(entries.get(0).at("/payload/dueOn").asText()).isEqualTo("2026-12-24");
        assertThat(entries.get(1).get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(entries.get(1).get("causedBy").asText()).isEqualTo("RecordPaymentCommand");
        assertThat(history.get("next").isNull()).isTrue();

        JsonNode first = getJson("/audit/invoices/" + trail.invoiceId() + "/history?size=1");
        assertThat(first.get("entries")).hasSize(1);
        assertThat(first.get("next").asLong()).isZero();
        JsonNode second = getJson("/audit/invoices/" + trail.invoiceId() + "/history?size=1&after=0");
        assertThat(second.at("/entries/0/eventType").asText()).isEqualTo("CommissionAccruedEvent");
        assertThat(second.get("next").isNull()).isTrue();
    }

    /** The command side stamps every command with its caller; the events inherit it, and the trail names them. */
    @Test
    void everyEntryNamesWhoCausedItAndTheTrailFindsByUser() throws Exception {
        InvoiceId invoiceId = InvoiceId.random();
        String userId = UUID.randomUUID().toString();
        events.append("Invoice", invoiceId.value(), 0, new InvoiceOverdueEvent(invoiceId, BookingId.random(),
                        java.time.LocalDate.parse("2026-12-24"), Money.of("10750.00", "USD")),
                Map.of("user", userId, "username", "fin.manager@example.com", "role", "FINANCE_MANAGER",
                        "address", "10.1.2.3", "causedBy", "RecordPaymentCommand"));
        twoEvents();   // someone else's

        JsonNode byUser = getJson("/audit?user=" + userId);
        assertThat(byUser.get("entries")).singleElement().satisfies(entry -> {
            assertThat(entry.get("aggregateId").asText()).isEqualTo(invoiceId.value());
            assertThat(entry.get("user").asText()).isEqualTo(userId);
            assertThat(entry.get("username").asText()).isEqualTo("fin.manager@example.com");
            assertThat(entry.get("role").asText()).isEqualTo("FINANCE_MANAGER");
            assertThat(entry.get("address").asText()).isEqualTo("10.1.2.3");
        });
        assertThat(get("/audit?user=" + java.net.URLEncoder.encode("x' or 1=1", java.nio.charset.StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void searchFindsByTraceEventTypeAndTime() throws Exception {
        Trail trail = twoEvents();
        JsonNode byTrace = getJson("/audit?traceId=" + trail.traceId());
        assertThat(byTrace.get("entries").findValuesAsText("eventType"))
                .containsExactly("InvoiceOverdueEvent", "CommissionAccruedEvent");

        JsonNode byType = getJson("/audit?aggregateType=invoices&aggregateId=" + trail.invoiceId()
                + "&eventType=CommissionAccruedEvent");
        assertThat(byType.get("entries")).hasSize(1);

        Instant second = Instant.parse(byTrace.at("/entries/1/timestamp").asText());
        JsonNode fromSecond = getJson("/audit?aggregateId=" + trail.invoiceId() + "&from=" + second);
        assertThat(fromSecond.get("entries").findValuesAsText("eventType")).containsExactly("CommissionAccruedEvent");
        JsonNode beforeSecond = getJson("/audit?aggregateId=" + trail.invoiceId() + "&to=" + second);
        assertThat(beforeSecond.get("entries").findValuesAsText("eventType")).containsExactly("InvoiceOverdueEvent");

        // Paging with the cursor visits each event once.
        JsonNode page = getJson("/audit?traceId=" + trail.traceId() + "&size=1");
        JsonNode next = getJson("/audit?traceId=" + trail.traceId() + "&size=1&after=" + page.get("next").asLong());
        assertThat(next.at("/entries/0/eventType").asText()).isEqualTo("CommissionAccruedEvent");
    }

    @Test
    void theExportStreamsOneJsonObjectPerLine() throws Exception {
        Trail trail = twoEvents();
        Instant from = Instant.now().minusSeconds(60);
        HttpResponse<String> export = get("/audit/export?from=" + from + "&to=" + Instant.now().plusSeconds(60));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        List<JsonNode> mine = export.body().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).filter(line -> line.get("aggregateId").asText().equals(trail.invoiceId().value())).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).at("/metadata/causedBy").asText()).isEqualTo("InvoiceOverdueDeadline");
        assertThat(mine.get(1).at("/payload/agentId").asText()).isEqualTo("agent-7");
    }

    @Test
    void badParametersAre400AndUnknownAggregates404() throws Exception {
        for (String bad : List.of("/audit?size=10000", "/audit?aggregateType=ships",
                "/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                "/audit?eventType=" + URLEncoder.encode("x'; drop table domain_event_entry; --", StandardCharsets.UTF_8),
                "/audit?after=-5", "/audit/export?from=2026-12-01T00:00:00Z", "/audit?from=yesterday")) {
            HttpResponse<String> response = get(bad);
            assertThat(response.statusCode()).as(bad + " → " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(get("/audit/invoices/" + UUID.randomUUID() + "/history").statusCode()).isEqualTo(404);
        assertThat(get("/audit/ships/" + UUID.randomUUID() + "/history").statusCode()).isEqualTo(404);
    }
}
