package com.jetops.command.identity;

import com.jetops.command.CommandApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A login flood meets 429 with Retry-After; oversized bodies meet 413, declared or chunked; nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jetops.web.auth-requests-per-minute=5", "jetops.web.max-body-size=64KB"})
@ActiveProfiles("test")
class WebLimitsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLoginFloodIsAnswered429WithRetryAfter() {
        CommandApi api = new CommandApi(port);
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            // Spelled differently, the same endpoint: the limit counts the path Spring routes by.
            HttpResponse<String> response = api.send("POST", i % 2 == 0 ? "/auth/login" : "/%61uth/login",
                    "{\"username\":\"flood@example.com\",\"password\":\"Wrong-Password-1\"}", Map.of());
            if (response.statusCode() == 429) {
                limited++;
                assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(json(response).get("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
            } else {
                assertThat(response.statusCode()).isEqualTo(401);
            }
        }
        assertThat(limited).isEqualTo(3);
        // The rest of the API and the health check are not the login's bucket.
        assertThat(api.send("GET", "/actuator/health", null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(api.post("/aircraft", CommandApi.registrationBody(CommandApi.uniqueTail())).statusCode()).isEqualTo(201);
    }

    @Test
    void oversizedBodiesAre413WhetherDeclaredOrChunked() throws Exception {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        byte[] big = ("{\"tailNumber\":\"" + "N".repeat(100_000) + "\"}").getBytes();
        HttpResponse<String> declared = HTTP.send(request().POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("PAYLOAD_TOO_LARGE");

        HttpResponse<String> chunked = HTTP.send(request().POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aircraft"))
                .header("Content-Type", "application/json").header("Authorization", CommandApi.SUPER_ADMIN);
    }
}
