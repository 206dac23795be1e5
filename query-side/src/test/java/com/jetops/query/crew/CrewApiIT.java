package com.jetops.query.crew;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Crew events appended to the real event store come out of the real HTTP API; bad parameters are 400 problems. */
@QuerySideIntegrationTest
class CrewApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHiredCrewMemberIsReadableWithQualifications() throws Exception {
        CrewMemberId id = CrewMemberId.random();
        String name = "Ida Brandt " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(12);
        events.append("CrewMember", id.value(), 0, new CrewMemberHiredEvent(id, "E-" + UUID.randomUUID(), name,
                CrewPosition.CAPTAIN, new IcaoCode("KTEB"), new CrewContact("+1 201 555 0100", null, "Kin",
                "+1 201 555 0199")));
        events.append("CrewMember", id.value(), 1, new LicenceRecordedEvent(id, LicenceKind.AIRLINE_TRANSPORT_PILOT,
                "ATP-9", "FAA", expiry));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> response = get("/crew/" + id);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("version").asLong()).isEqualTo(1);
        });
        JsonNode view = JSON.readTree(get("/crew/" + id).body());
        assertThat(view.get("name").asText()).isEqualTo(name);
        assertThat(view.get("position").asText()).isEqualTo("CAPTAIN");
        assertThat(view.at("/availability/status").asText()).isEqualTo("AVAILABLE");
        assertThat(view.at("/qualifications/licences/0/expiresOn").asText()).isEqualTo(expiry.toString());

        JsonNode page = JSON.readTree(get("/crew?position=CAPTAIN&baseAirport=kteb&employed=true&size=200&q="
                + name.substring(name.length() - 8)).body());
        assertThat(page.get("items").findValuesAsText("crewMemberId")).containsExactly(id.value());
        JsonNode expiring = JSON.readTree(get("/crew/expiring?days=30").body());
        assertThat(expiring.get("items").findValuesAsText("crewMemberId")).contains(id.value());
        assertThat(get("/crew/" + id + "/schedule?from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z").statusCode())
                .isEqualTo(200);
        assertThat(get("/crew/assignments?from=2030-01-01T00:00:00Z&to=2030-01-08T00:00:00Z").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownCrewMemberIsA404Problem() throws Exception {
        for (String path : new String[] {"/crew/" + CrewMemberId.random(),
                "/crew/" + CrewMemberId.random() + "/schedule?from=2030-01-01T00:00:00Z&to=2030-01-02T00:00:00Z"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() throws Exception {
        String id = CrewMemberId.random().value();
        assertThat(problemField("/crew/not-a-uuid")).isEqualTo("id");
        assertThat(problemField("/crew?size=0")).isEqualTo("size");
        assertThat(problemField("/crew?size=201")).isEqualTo("size");
        assertThat(problemField("/crew?page=-1")).isEqualTo("page");
        assertThat(problemField("/crew?position=PURSER")).isEqualTo("position");
        assertThat(problemField("/crew?baseAirport=XX")).isEqualTo("baseAirport");
        assertThat(problemField("/crew?typeRating=jumbo%20jet")).isEqualTo("typeRating");
        assertThat(problemField("/crew?employed=maybe")).isEqualTo("employed");
        assertThat(problemField("/crew?q=%20")).isEqualTo("q");
        assertThat(problemField("/crew/expiring?days=0")).isEqualTo("days");
        assertThat(problemField("/crew/expiring?days=366")).isEqualTo("days");
        assertThat(problemField("/crew/expiring?days=soon")).isEqualTo("days");
        assertThat(problemField("/crew/assignments?to=2030-01-02T00:00:00Z")).isEqualTo("from");
        assertThat(problemField("/crew/assignments?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z"))
                .isEqualTo("to");
        assertThat(problemField("/crew/assignments?from=2030-01-01T00:00:00Z&to=2030-06-01T00:00:00Z"))
                .isEqualTo("to");
        assertThat(problemField("/crew/assignments?from=yesterday&to=2030-06-01T00:00:00Z")).isEqualTo("from");
        assertThat(problemField("/crew/" + id + "/schedule?from=2030-01-01T00:00:00Z")).isEqualTo("to");
        assertThat(problemField("/crew/" + id + "/schedule?from=2030-01-01T00:00:00Z&to=2032-01-01T00:00:00Z"))
                .isEqualTo("to");
    }

    private String problemField(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        return JSON.readTree(response.body()).get("errors").get(0).get("field").asText();
    }
}
