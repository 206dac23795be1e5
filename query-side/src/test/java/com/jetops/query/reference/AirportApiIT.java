package com.jetops.query.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.security.Role;
import com.jetops.query.QuerySideIntegrationTest;
import com.jetops.query.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The airport reference data the console's map and quote form read, over real HTTP. */
@QuerySideIntegrationTest
class AirportApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (token != null) {
            request.header("Authorization", token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void namedAirportsComeWithTheirCoordinatesAndUnknownOnesAreLeftOut() throws Exception {
        HttpResponse<String> answer = get("/airports?codes=KTEB,%20KVNY,ZZZZ", TestTokens.bearer(Role.OPERATIONS_MANAGER, null));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode airports = JSON.readTree(answer.body());
        assertThat(airports.findValuesAsText("icao")).containsExactly("KTEB", "KVNY");
        JsonNode teterboro = airports.get(0);
        assertThat(teterboro.get("iata").asText()).isEqualTo("TEB");
        assertThat(teterboro.get("city").asText()).isEqualTo("Teterboro");
        assertThat(teterboro.get("latitude").asDouble()).isBetween(40.8, 40.9);
        assertThat(teterboro.get("longitude").asDouble()).isBetween(-74.1, -74.0);
    }

    @Test
    void withoutCodesTheWholeReferenceListAnswers() throws Exception {
        HttpResponse<String> answer = get("/airports", TestTokens.bearer(Role.CLIENT, "c-1"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).size()).isGreaterThan(4_000);
    }

    @Test
    void aMalformedCodeIsRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> answer = get("/airports?codes=KTEB,NOT-AN-AIRPORT", TestTokens.SUPER_ADMIN);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).get("errors").get(0).get("field").asText()).isEqualTo("codes");
    }

    @Test
    void anonymousCallersAreTurnedAway() throws Exception {
        assertThat(get("/airports?codes=KTEB", null).statusCode()).isEqualTo(401);
    }
}
