package com.jetops.query.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.security.Role;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import com.jetops.query.TestTokens;
import com.jetops.query.fleet.FleetFixtures;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The position stream (written here as the command side writes it) read through the real HTTP API:
 * the track, the latest position in the fleet status, and position events on the live feed.
 */
@QuerySideIntegrationTest
class TrackApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;
    @Autowired
    JdbcTemplate jdbc;

    AircraftRegisteredEvent aircraft;
    String owner;
    Instant hourAgo;

    @BeforeEach
    void ownedAircraft() throws Exception {
        aircraft = FleetFixtures.globalAt("LFPB");
        owner = "owner-" + UUID.randomUUID();
        events.append("Aircraft", aircraft.aircraftId().value(), 0, aircraft);
        events.append("Aircraft", aircraft.aircraftId().value(), 1,
                new AircraftOwnerAssignedEvent(aircraft.aircraftId(), owner));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                get("/aircraft/" + aircraft.aircraftId() + "?minVersion=1", TestTokens.SUPER_ADMIN).statusCode() == 200);
        hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path, TestTokens.SUPER_ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** As the command side stores a report: the stream, and the newest point when it is newer. */
    void report(String aircraftId, Instant time, double lat, double lon, int altitudeFt) {
        jdbc.update("""
                insert into public.aircraft_position
                    (aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source)
                values (?, ?, ?, ?, ?, 420, 90, 'ADS-B')""", aircraftId, Timestamp.from(time), lat, lon, altitudeFt);
        jdbc.update("""
                insert into public.aircraft_latest_position as latest
                    (aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source, updated_at)
                values (?, ?, ?, ?, ?, 420, 90, 'ADS-B', clock_timestamp())
                on conflict (aircraft_id) do update set reported_at = excluded.reported_at, latitude = excluded.latitude,
                    longitude = excluded.longitude, altitude_ft = excluded.altitude_ft, updated_at = excluded.updated_at
                 where excluded.reported_at > latest.reported_at""",
                aircraftId, Timestamp.from(time), lat, lon, altitudeFt);
    }

    String id() {
        return aircraft.aircraftId().value();
    }

    @Test
    void theTrackListsTheRangeByTime() throws Exception {
        // Stored out of order; read back by time.
        report(id(), hourAgo.plusSeconds(20), 49.2, 2.2, 12000);
        report(id(), hourAgo, 49.0, 2.0, 3000);
        report(id(), hourAgo.plusSeconds(10), 49.1, 2.1, 8000);
        report(id(), hourAgo.minus(2, ChronoUnit.DAYS), 48.0, 1.0, 0);   // outside the default 24 h

        JsonNode track = json("/aircraft/" + id() + "/track");
        JsonNode ranged = json("/aircraft/" + id() + "/track?from=" + hourAgo.plusSeconds(5) + "&to=" + hourAgo.plusSeconds(20));

        assertThat(track.get("count").asInt()).isEqualTo(3);
        assertThat(track.get("points").findValuesAsText("time")).containsExactly(hourAgo.toString(),
                hourAgo.plusSeconds(10).toString(), hourAgo.plusSeconds(20).toString());
        JsonNode first = track.get("points").get(0);
        assertThat(first.get("lat").asDouble()).isEqualTo(49.0);
        assertThat(first.get("lon").asDouble()).isEqualTo(2.0);
        assertThat(first.get("altitudeFt").asInt()).isEqualTo(3000);
        assertThat(first.get("groundSpeedKt").asInt()).isEqualTo(420);
        assertThat(first.get("heading").asInt()).isEqualTo(90);
        assertThat(first.get("source").asText()).isEqualTo("ADS-B");
        assertThat(ranged.get("points").findValuesAsText("time")).containsExactly(
                hourAgo.plusSeconds(10).toString(), hourAgo.plusSeconds(20).toString());
        assertThat(json("/aircraft/" + id() + "/track?from=" + hourAgo.minus(3, ChronoUnit.DAYS)).get("count").asInt())
                .as("from alone: the 24 h after it").isEqualTo(1);
    }

    @Test
    void aBadRangeIs400NamingTheParameter() throws Exception {
        HttpResponse<String> backwards = get("/aircraft/" + id() + "/track?from=" + hourAgo + "&to=" + hourAgo.minusSeconds(1),
                TestTokens.SUPER_ADMIN);
        HttpResponse<String> tooLong = get("/aircraft/" + id() + "/track?from=" + hourAgo.minus(40, ChronoUnit.DAYS)
                + "&to=" + hourAgo, TestTokens.SUPER_ADMIN);
        HttpResponse<String> notATime = get("/aircraft/" + id() + "/track?from=yesterday", TestTokens.SUPER_ADMIN);

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(backwards.body()).get("errors").get(0).get("field").asText()).isEqualTo("from");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("errors").get(0).get("field").asText()).isEqualTo("to");
        assertThat(notATime.statusCode()).isEqualTo(400);
    }

    @Test
    void aRangeWithMorePointsThanAllowedIs400() throws Exception {
        // track-max-points is 100,000 by default: more than that in one range, written in one statement.
        jdbc.update("""
                insert into public.aircraft_position
                    (aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source)
                select ?, ?::timestamptz + n * interval '100 milliseconds', 49, 2, 30000, 420, 90, 'ADS-B'
                  from generate_series(0, 100000) n""", id(), Timestamp.from(hourAgo.minus(4, ChronoUnit.HOURS)));

        HttpResponse<String> response = get("/aircraft/" + id() + "/track", TestTokens.SUPER_ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("more than 100000 points");
    }

    @Test
    void anOwnerSeesTheTrackOfTheirAircraftOnlyAndUnknownAircraftAre404() throws Exception {
        report(id(), hourAgo, 49.0, 2.0, 3000);
        AircraftRegisteredEvent other = FleetFixtures.globalAt("EGLL");
        events.append("Aircraft", other.aircraftId().value(), 0, other);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                get("/aircraft/" + other.aircraftId(), TestTokens.SUPER_ADMIN).statusCode() == 200);
        report(other.aircraftId().value(), hourAgo, 51.4, -0.4, 2000);
        String ownerToken = TestTokens.bearer(Role.AIRCRAFT_OWNER, owner);

        HttpResponse<String> mine = get("/aircraft/" + id() + "/track", ownerToken);
        HttpResponse<String> theirs = get("/aircraft/" + other.aircraftId() + "/track", ownerToken);
        HttpResponse<String> unknown = get("/aircraft/" + UUID.randomUUID() + "/track", TestTokens.SUPER_ADMIN);
        HttpResponse<String> client = get("/aircraft/" + id() + "/track", TestTokens.bearer(Role.CLIENT, "someone"));

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(mine.body()).get("count").asInt()).isEqualTo(1);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain("51.4");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(client.statusCode()).isEqualTo(403);
    }

    @Test
    void theFleetStatusShowsTheLatestPosition() throws Exception {
        assertThat(json("/aircraft/" + id()).get("position").isNull()).as("no report yet").isTrue();
        report(id(), hourAgo, 49.0, 2.0, 3000);
        report(id(), hourAgo.plusSeconds(30), 49.5, 2.5, 15000);
        report(id(), hourAgo.plusSeconds(10), 49.1, 2.1, 8000);   // late, older: not the latest

        JsonNode position = json("/aircraft/" + id()).get("position");
        JsonNode listed = null;
        for (JsonNode item : json("/aircraft?size=200&base=LFPB").get("items")) {
            if (item.get("aircraftId").asText().equals(id())) {
                listed = item;
            }
        }

        assertThat(position.get("time").asText()).isEqualTo(hourAgo.plusSeconds(30).toString());
        assertThat(position.get("lat").asDouble()).isEqualTo(49.5);
        assertThat(position.get("lon").asDouble()).isEqualTo(2.5);
        assertThat(position.get("altitudeFt").asInt()).isEqualTo(15000);
        assertThat(position.get("groundSpeedKt").asInt()).isEqualTo(420);
        assertThat(position.get("heading").asInt()).isEqualTo(90);
        assertThat(position.get("source").asText()).isEqualTo("ADS-B");
        assertThat(listed).isNotNull();
        assertThat(listed.get("position")).isEqualTo(position);
    }

    @Test
    void theLiveFeedPushesNewPositions() throws Exception {
        report(id(), hourAgo, 49.0, 2.0, 3000);
        HttpResponse<Stream<String>> feed = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/aircraft/live?aircraftId=" + id()))
                .header("Authorization", TestTokens.SUPER_ADMIN).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(feed.statusCode()).isEqualTo(200);
        Iterator<String> lines = feed.body().iterator();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> moved = CompletableFuture.supplyAsync(() -> {
            boolean positionEvent = false;
            while (lines.hasNext()) {
                String line = lines.next();
                seen.add(line);
                if (line.equals("event:position")) {
                    positionEvent = true;
                } else if (positionEvent && line.startsWith("data:") && line.contains("\"altitudeFt\":31000")) {
                    return line;
                }
            }
            return null;
        });
        // The initial view carries the position already stored.
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(l -> l.startsWith("data:")));
        assertThat(seen.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow()).contains("\"altitudeFt\":3000");

        report(id(), hourAgo.plusSeconds(60), 49.6, 2.6, 31000);

        String data = moved.get(10, TimeUnit.SECONDS);
        JsonNode update = JSON.readTree(data.substring("data:".length()));
        assertThat(update.get("aircraftId").asText()).isEqualTo(id());
        assertThat(update.get("position").get("time").asText()).isEqualTo(hourAgo.plusSeconds(60).toString());
        feed.body().close();
    }
}
