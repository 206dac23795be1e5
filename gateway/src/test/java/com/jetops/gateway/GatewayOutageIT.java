package com.jetops.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Both services down (nobody listens on their ports): callers get 503 problem+json, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayOutageIT {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstreamsNobodyListensOn(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        registry.add("jetops.gateway.command-uri", () -> "http://127.0.0.1:" + closed);
        registry.add("jetops.gateway.query-uri", () -> "http://127.0.0.1:" + closed);
    }

    @Test
    void readsWritesAndTheDocumentAnswer503WithRetryAfter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (HttpRequest request : new HttpRequest[]{
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aircraft")).GET().build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aircraft"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build()}) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request.toString()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("\"status\":503");
        }
    }
}
