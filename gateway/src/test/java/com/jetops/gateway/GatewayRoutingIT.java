package com.jetops.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on a real port in front of two stand-in services on real sockets: which side gets
 * which request, what is forwarded, streaming, the merged document, and a side that is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {
    static final FakeService COMMAND = start("command-side");
    static final FakeService QUERY = start("query-side");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    static FakeService start(String name) {
        try {
            return new FakeService(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("jetops.gateway.command-uri", COMMAND::uri);
        registry.add("jetops.gateway.query-uri", QUERY::uri);
        registry.add("jetops.gateway.cors-allowed-origins", () -> "https://partner.example");
    }

    @AfterAll
    static void stop() {
        COMMAND.stop();
        QUERY.stop();
    }

    @BeforeEach
    void forget() {
        COMMAND.seen.clear();
        QUERY.seen.clear();
    }

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, method.equals("GET") || method.equals("OPTIONS") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{\"x\":1}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signInAndWritesGoToTheCommandSideAndReadsToTheQuerySide() throws Exception {
        assertThat(send("POST", "/aircraft", "Content-Type", "application/json").body()).contains("command-side");
        assertThat(send("PUT", "/aircraft/42", "Content-Type", "application/json").body()).contains("command-side");
        assertThat(send("DELETE", "/webhooks/7").body()).contains("command-side");
        assertThat(send("POST", "/auth/login", "Content-Type", "application/json").body()).contains("command-side");
        assertThat(send("GET", "/auth/me").body()).contains("command-side");
        assertThat(send("GET", "/users").body()).contains("command-side");
        assertThat(send("GET", "/users/5").body()).contains("command-side");
        assertThat(send("GET", "/aircraft").body()).contains("query-side");
        assertThat(send("GET", "/aircraft/42/track?from=2026-01-01T00:00:00Z").body()).contains("query-side");
        assertThat(send("POST", "/admin/projections/fleet/rebuild").body()).contains("query-side");
        assertThat(send("DELETE", "/admin/dead-letters/fleet/3").body()).contains("query-side");
        // A path that merely starts like a command-side read is still a read model.
        assertThat(send("GET", "/usersettings").body()).contains("query-side");

        HttpResponse<String> read = send("GET", "/flights");
        assertThat(read.headers().firstValue(Upstream.HEADER)).hasValue("query-side");
        assertThat(QUERY.seen).extracting(FakeService.Seen::path).contains("/aircraft", "/aircraft/42/track", "/flights");
        assertThat(COMMAND.seen).extracting(FakeService.Seen::path).doesNotContain("/flights", "/aircraft/42/track");
    }

    @Test
    void corsIsAnsweredAtTheEdgeForAllowedOriginsOnly() throws Exception {
        HttpResponse<String> allowed = send("OPTIONS", "/aircraft", "Origin", "https://partner.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://partner.example");
        HttpResponse<String> refused = send("OPTIONS", "/aircraft", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(COMMAND.seen).isEmpty();
        assertThat(QUERY.seen).isEmpty();

        // A service's own CORS header is not passed on next to the gateway's.
        QUERY.extraHeader = "Access-Control-Allow-Origin";
        HttpResponse<String> read = send("GET", "/aircraft", "Origin", "https://partner.example");
        assertThat(read.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://partner.example");
    }

    @Test
    void theTokenPassesUntouchedAndEveryRequestCarriesACorrelationId() throws Exception {
        HttpResponse<String> made = send("GET", "/aircraft", "Authorization", "Bearer abc.def.ghi");
        FakeService.Seen first = QUERY.seen.get(0);
        assertThat(first.header("Authorization")).isEqualTo("Bearer abc.def.ghi");
        String madeId = made.headers().firstValue(ForwardingHeaders.CORRELATION_HEADER).orElseThrow();
        assertThat(first.header(ForwardingHeaders.CORRELATION_HEADER)).isEqualTo(madeId).hasSize(36);

        HttpResponse<String> kept = send("POST", "/aircraft", "X-Correlation-Id", "ops-console.1234",
                "Content-Type", "application/json");
        assertThat(kept.headers().firstValue(ForwardingHeaders.CORRELATION_HEADER)).hasValue("ops-console.1234");
        assertThat(COMMAND.seen.get(0).header(ForwardingHeaders.CORRELATION_HEADER)).isEqualTo("ops-console.1234");
        assertThat(COMMAND.seen.get(0).body()).isEqualTo("{\"x\":1}");

        send("GET", "/aircraft", "X-Correlation-Id", "<script>");
        assertThat(QUERY.seen.get(1).header(ForwardingHeaders.CORRELATION_HEADER)).doesNotContain("<").hasSize(36);
    }

    @Test
    void theServicesSeeTheCallersAddressAndNotOneTheCallerClaims() throws Exception {
        send("GET", "/aircraft", "X-Forwarded-For", "6.6.6.6");
        FakeService.Seen seen = QUERY.seen.get(0);
        assertThat(seen.header("X-Forwarded-For")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(seen.header("X-Forwarded-Proto")).isEqualTo("http");
    }

    @Test
    void liveFeedsAreStreamedEventByEventNotBuffered() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/flights/live"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String firstData = null;
            for (String line = lines.readLine(); line != null && firstData == null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    firstData = line;
                }
            }
            long receivedAt = System.currentTimeMillis();
            long sentAt = JSON.readTree(firstData.substring(5)).get("at").asLong();
            // The second event is sent 1.5 s after the first: the first arrived well before that.
            assertThat(receivedAt - sentAt).isLessThan(1000);
        }
    }

    @Test
    void theMergedDocumentHasEveryOperationOfBothSidesAndNoSchemaClash() throws Exception {
        COMMAND.openApi = """
                {"openapi":"3.1.0","info":{"title":"command","version":"0.1"},
                 "paths":{"/aircraft":{"post":{"operationId":"register","requestBody":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Money"}}}}}}},
                 "components":{"schemas":{"Money":{"type":"object","properties":{"amount":{"type":"string"}}},
                   "Shared":{"type":"string"}},
                   "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}},
                 "tags":[{"name":"Aircraft"}]}""";
        QUERY.openApi = """
                {"openapi":"3.1.0","info":{"title":"query","version":"0.1"},
                 "paths":{"/aircraft":{"get":{"operationId":"list","responses":{"200":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Money"}}}}}}},
                          "/flights/live":{"get":{"operationId":"live"}}},
                 "components":{"schemas":{"Money":{"type":"object","properties":{"amount":{"type":"number"}}},
                   "Shared":{"type":"string"}}},
                 "tags":[{"name":"Aircraft"},{"name":"Flights"}]}""";
        JsonNode merged = JSON.readTree(send("GET", "/v3/api-docs?fresh=" + System.nanoTime()).body());
        // The first request of the class may have cached an earlier document: ask until it is ours.
        for (int i = 0; i < 40 && !merged.path("paths").path("/flights/live").has("get"); i++) {
            Thread.sleep(1000);
            merged = JSON.readTree(send("GET", "/v3/api-docs").body());
        }
        assertThat(merged.at("/info/title").asText()).isEqualTo("JetOps API");
        assertThat(merged.at("/paths/~1aircraft/post/operationId").asText()).isEqualTo("register");
        assertThat(merged.at("/paths/~1aircraft/get/operationId").asText()).isEqualTo("list");
        assertThat(merged.at("/paths/~1flights~1live/get/operationId").asText()).isEqualTo("live");
        assertThat(merged.at("/components/schemas/Money/properties/amount/type").asText()).isEqualTo("string");
        assertThat(merged.at("/components/schemas/MoneyView/properties/amount/type").asText()).isEqualTo("number");
        assertThat(merged.at("/paths/~1aircraft/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/MoneyView");
        assertThat(merged.at("/paths/~1aircraft/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Money");
        assertThat(merged.at("/components/schemas/SharedView").isMissingNode()).isTrue();
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(merged.get("tags")).hasSize(2);
    }

    @Test
    void theConsoleAndSwaggerUiAreServedByTheGatewayWithBrowserProtections() throws Exception {
        HttpResponse<String> console = send("GET", "/");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(console.headers().firstValue("Content-Security-Policy")).hasValue(ConsoleHeaders.POLICY);
        assertThat(send("GET", "/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/webjars/echarts/4.1.0/dist/echarts.min.js").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = send("GET", "/webjars/echarts/0.0.0/nothing.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(COMMAND.seen).isEmpty();
        assertThat(QUERY.seen).isEmpty();
    }
}
