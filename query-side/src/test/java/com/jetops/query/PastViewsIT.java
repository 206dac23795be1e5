package com.jetops.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberAssignedEvent;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.LegalityCheck;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.query.fleet.FleetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crew members and maintenance items as they were at an instant, through HTTP, from events in
 * the real store: replayed into scratch tables that vanish with the request, never into the
 * live read models (which are asked before and after, often enough for the connection to have
 * prepared their statements against the real tables).
 */
@QuerySideIntegrationTest
class PastViewsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;

    @Test
    void aCrewMemberAsOfAnInstantShowsTheDutyAndWhyItWasLegal() throws Exception {
        CrewMemberId id = CrewMemberId.random();
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(12);
        Instant beforeHire = pause();
        events.append("CrewMember", id.value(), 0, new CrewMemberHiredEvent(id, "E-" + UUID.randomUUID(),
                "Tove Lind", CrewPosition.CAPTAIN, new IcaoCode("KTEB"), new CrewContact("+1 201 555 0100", null,
                "Kin", "+1 201 555 0199")));
        events.append("CrewMember", id.value(), 1, new LicenceRecordedEvent(id, LicenceKind.AIRLINE_TRANSPORT_PILOT,
                "ATP-77", "FAA", expiry));
        Instant hired = pause();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AssignmentId assignmentId = AssignmentId.random();
        TimeWindow duty = new TimeWindow(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(7)));
        TimeWindow flight = new TimeWindow(now, now.plus(Duration.ofHours(5)));
        events.append("CrewMember", id.value(), 2, new CrewMemberAssignedEvent(id, assignmentId, BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "GLF6", duty, List.of(flight),
                List.of(new LegalityCheck(FtlRule.DUTY_PERIOD, Duration.ofHours(8).toSeconds(),
                        Duration.ofHours(14).toSeconds(), true)), List.of()));
        Instant assigned = pause();
        events.append("CrewMember", id.value(), 3, new CrewMemberReleasedEvent(id, "retired"));
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> json("/crew/" + id).path("version").asLong() == 3);
        for (int i = 0; i < 6; i++) {
            assertThat(json("/crew/" + id).get("employed").asBoolean()).isFalse();
        }

        JsonNode atHire = json("/crew/" + id + "/as-of?at=" + hired);
        assertThat(atHire.at("/member/employed").asBoolean()).isTrue();
        assertThat(atHire.at("/member/version").asLong()).isEqualTo(1);
        assertThat(atHire.at("/member/availability/status").asText()).isEqualTo("AVAILABLE");
        assertThat(atHire.at("/member/qualifications/licences/0/number").asText()).isEqualTo("ATP-77");
        assertThat(atHire.at("/schedule/assignments")).isEmpty();

        JsonNode onDuty = json("/crew/" + id + "/as-of?at=" + assigned);
        assertThat(onDuty.at("/member/availability/status").asText()).isEqualTo("ON_DUTY");
        assertThat(onDuty.at("/member/availability/assignmentId").asText()).isEqualTo(assignmentId.value());
        assertThat(onDuty.at("/schedule/assignments/0/checks/0/rule").asText()).isEqualTo("DUTY_PERIOD");
        assertThat(onDuty.at("/schedule/assignments/0/checks/0/withinLimit").asBoolean()).isTrue();
        assertThat(onDuty.get("flightTime").findValuesAsText("rule")).contains("FLIGHT_TIME_QUARTER");
        assertThat(onDuty.get("flightTime").findValues("flightSeconds")).extracting(JsonNode::asLong)
                .contains(Duration.ofHours(5).toSeconds());

        assertThat(get("/crew/" + id + "/as-of?at=" + beforeHire).statusCode()).isEqualTo(404);
        assertThat(get("/crew/" + id + "/as-of?at=soon").statusCode()).isEqualTo(400);
        // The live view is what it was: the replays changed nothing but their scratch tables.
        JsonNode live = json("/crew/" + id);
        assertThat(live.get("employed").asBoolean()).isFalse();
        assertThat(live.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aMaintenanceItemAsOfAnInstantCountsFromTheAircraftsHoursThen() throws Exception {
        AircraftRegisteredEvent aircraft = FleetFixtures.globalAt("KTEB");
        String aircraftId = aircraft.aircraftId().value();
        Instant off = Instant.parse("2026-03-01T10:00:00Z");
        events.append("Aircraft", aircraftId, 0, aircraft);
        events.append("Aircraft", aircraftId, 1, new FlightLegRecordedEvent(aircraft.aircraftId(), new IcaoCode("KTEB"),
                new IcaoCode("KPBI"), off, off.plus(Duration.ofHours(11)), 600, 1, null));
        MaintenanceItemId itemId = MaintenanceItemId.random();
        Instant beforeOpening = pause();
        events.append("MaintenanceItem", itemId.value(), 0, new MaintenanceItemOpenedEvent(itemId,
                aircraft.aircraftId(), MaintenanceKind.INSPECTION, null, "100-hour inspection",
                new DuePoint(100L, null, null), null, null));
        Instant opened = pause();
        Instant later = off.plus(Duration.ofDays(1));
        events.append("Aircraft", aircraftId, 2, new FlightLegRecordedEvent(aircraft.aircraftId(), new IcaoCode("KPBI"),
                new IcaoCode("KTEB"), later, later.plus(Duration.ofHours(51)), 3000, 1, null));
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() ->
                json("/maintenance/" + itemId).at("/item/dueNext/hoursLeft").asLong() == 40);
        for (int i = 0; i < 6; i++) {
            assertThat(json("/maintenance/" + itemId).at("/item/dueNext/aircraftAirborneHours").asLong()).isEqualTo(60);
        }

        JsonNode then = json("/maintenance/" + itemId + "/as-of?at=" + opened);
        assertThat(then.at("/item/status").asText()).isEqualTo("PLANNED");
        assertThat(then.at("/item/tailNumber").asText()).isEqualTo(aircraft.tailNumber().value());
        assertThat(then.at("/item/dueNext/aircraftAirborneHours").asLong()).isEqualTo(10);
        assertThat(then.at("/item/dueNext/hoursLeft").asLong()).isEqualTo(90);
        assertThat(then.get("history").findValuesAsText("type")).containsExactly("OPENED");
        assertThat(get("/maintenance/" + itemId + "/as-of?at=" + beforeOpening).statusCode()).isEqualTo(404);
        assertThat(get("/maintenance/not-an-id/as-of?at=" + opened).statusCode()).isEqualTo(400);

        assertThat(json("/maintenance/" + itemId).at("/item/dueNext/hoursLeft").asLong()).isEqualTo(40);
        assertThat(json("/aircraft/" + aircraftId).get("airborneMinutes").asLong()).isEqualTo(3600);
    }

    /** An instant strictly between the events appended before and after it. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        return between;
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
