package com.jetops.command.identity;

import com.jetops.api.security.Role;
import com.jetops.command.CommandApi;
import com.jetops.platform.security.TokenMinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.Map;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Owners, crew members and clients change only their own aircraft, availability and profile; the rest is 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ObjectLevelWritesIT {
    private static final TokenMinter MINTER = TokenMinter.development();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, String> as(Role role, String subjectId) {
        return Map.of("Authorization", "Bearer " + MINTER.mint(role, subjectId));
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void anOwnerBlocksOutOnlyTheirOwnAircraft() {
        CommandApi api = new CommandApi(port);
        String aircraftId = api.registerAircraft();
        assertThat(api.send("PUT", "/aircraft/" + aircraftId + "/owner", "{\"ownerId\":\"owner-a\"}").statusCode())
                .isBetween(200, 299);
        String blackout = "{\"start\":\"2031-05-01T00:00:00Z\",\"end\":\"2031-05-03T00:00:00Z\",\"reason\":\"owner holiday\"}";
        long before = events();
        var refused = api.send("POST", "/aircraft/" + aircraftId + "/availability", blackout, as(Role.AIRCRAFT_OWNER, "owner-b"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(events()).isEqualTo(before);
        var accepted = api.send("POST", "/aircraft/" + aircraftId + "/availability", blackout, as(Role.AIRCRAFT_OWNER, "owner-a"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    }

    @Test
    void aCrewMemberMarksOnlyTheirOwnAvailability() {
        CommandApi api = new CommandApi(port);
        var hired = api.post("/crew", """
                {"employeeId":"P-%s","name":"Pat Quinn","position":"CAPTAIN","baseAirport":"KTEB",
                 "contact":{"phone":"+1 201 555 0123","emergencyContactName":"Dana Reyes","emergencyContactPhone":"+1 201 555 0188"}}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        String crewMemberId = json(hired).get("crewMemberId").asText();
        String dayOff = """
                {"crewMemberId":"%s","kind":"DAY_OFF","start":"2031-06-01T00:00:00Z","end":"2031-06-02T00:00:00Z"}"""
                .formatted(crewMemberId);
        long before = events();
        assertThat(api.send("POST", "/crew/availability", dayOff, as(Role.CREW_MEMBER, UUID.randomUUID().toString()))
                .statusCode()).isEqualTo(404);
        assertThat(events()).isEqualTo(before);
        var own = api.send("POST", "/crew/availability", dayOff, as(Role.CREW_MEMBER, crewMemberId));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    }

    @Test
    void aClientChangesOnlyTheirOwnProfile() {
        CommandApi api = new CommandApi(port);
        var registered = api.post("/clients", """
                {"kind":"INDIVIDUAL","contact":{"name":"Eleanor Vance"},"email":"%s@example.com","phone":"+1 212 555 0142",
                 "billingAddress":{"line1":"745 Fifth Avenue","city":"New York","postalCode":"10151","country":"US"},
                 "emergencyContacts":[]}""".formatted(UUID.randomUUID()));
        String clientId = json(registered).get("clientId").asText();
        String preferences = "{\"dietaryRestrictions\":[\"vegetarian\"],\"specialRequests\":null,\"preferredAircraftCategories\":[],\"notificationChannels\":[\"EMAIL\"]}";
        assertThat(api.send("POST", "/clients/" + clientId + "/preferences", preferences,
                as(Role.CLIENT, UUID.randomUUID().toString())).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/clients/" + clientId + "/preferences", preferences, as(Role.CLIENT, clientId))
                .statusCode()).isNotIn(401, 403, 404);
    }
}
