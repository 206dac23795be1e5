package com.jetops.query.tracking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftPosition;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.platform.web.ProblemResponses;
import com.jetops.query.infra.ObjectScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Tracking", description = "Where aircraft have been: their position history")
class TrackController {
    static final Duration DEFAULT_RANGE = Duration.ofHours(24);
    static final Duration MAX_RANGE = Duration.ofDays(31);

    private final PositionReads positions;
    private final ObjectScope scope;
    private final JdbcTemplate jdbc;
    private final int maxPoints;

    TrackController(PositionReads positions, ObjectScope scope, JdbcTemplate jdbc,
                    @Value("${jetops.positions.track-max-points:100000}") int maxPoints) {
        this.positions = positions;
        this.scope = scope;
        this.jdbc = jdbc;
        this.maxPoints = maxPoints;
    }

    /** The points of [from, to] by time. */
    record Track(String aircraftId, Instant from, Instant to, int count, List<AircraftPosition> points) {
    }

    @GetMapping("/aircraft/{id}/track")
    @Operation(summary = "The aircraft's positions in [from, to] by time (ISO-8601 instants; default the last 24 h)",
            description = "to defaults to now and from to 24 h before to. 400 when from is not before to, when the "
                    + "range exceeds 31 days or holds more than jetops.positions.track-max-points (100,000) points: "
                    + "ask for a narrower range. Points older than the retention (90 days) are in the archive files, "
                    + "not here. 404 for an aircraft that is not in the fleet or that an owner does not own.")
    ResponseEntity<Object> track(@PathVariable("id") String id,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        AircraftId aircraftId = Require.parsed("id", () -> AircraftId.of(id));
        Instant end = to != null ? to : from != null ? from.plus(DEFAULT_RANGE) : Instant.now();
        Instant start = from != null ? from : end.minus(DEFAULT_RANGE);
        Require.that(start, s -> s.isBefore(end), "from", "from must be before to");
        Require.that(end, e -> !e.isAfter(start.plus(MAX_RANGE)), "to",
                "a track spans at most " + MAX_RANGE.toDays() + " days; narrow from/to");
        if (!inFleet(aircraftId) || !scope.mayReadAircraft(aircraftId.value())) {
            return ProblemResponses.respondWith(new Refusal(ErrorCode.AIRCRAFT_NOT_FOUND, null,
                    "No aircraft " + aircraftId + " in the fleet"));
        }
        // One more than allowed tells a range that is too large from one that is exactly full.
        List<AircraftPosition> points = positions.track(aircraftId.value(), start, end, maxPoints + 1);
        if (points.size() > maxPoints) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "to", "the range holds more than " + maxPoints
                    + " points; narrow from/to (the first " + maxPoints + " end at " + points.get(maxPoints - 1).time() + ")");
        }
        return ResponseEntity.ok(new Track(aircraftId.value(), start, end, points.size(), points));
    }

    private boolean inFleet(AircraftId aircraftId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from fleet_aircraft where aircraft_id = ?)", Boolean.class, aircraftId.value()));
    }
}
