package com.jetops.query.crew;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberView;
import com.jetops.api.crew.CrewSchedule;
import com.jetops.api.crew.FindCrewAssignmentsQuery;
import com.jetops.api.crew.FindCrewMemberQuery;
import com.jetops.api.crew.FindCrewScheduleQuery;
import com.jetops.query.infra.AsOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A crew member as at an instant: their events up to it, replayed through the live projection
 * into scratch tables, read with that instant as "now" (availability, qualification status).
 */
@Component
class CrewHistory {
    private static final List<String> TABLES = List.of("crew_member", "crew_qualification", "crew_assignment",
            "crew_unavailability");
    /** The schedule and flight time shown around the instant. */
    private static final Duration AROUND = Duration.ofDays(1);

    private final AsOf asOf;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final CrewLimits limits;

    CrewHistory(AsOf asOf, JdbcTemplate jdbc, ObjectMapper json, CrewLimits limits) {
        this.asOf = asOf;
        this.jdbc = jdbc;
        this.json = json;
        this.limits = limits;
    }

    /**
     * @param member     position, base, availability at {@code at}, qualifications with their status that day
     * @param schedule   assignments (with the legality check each passed) and unavailability within a day of it
     * @param flightTime the member's flight time against the limits over those assignments (pilots only)
     */
    record CrewMemberAsOf(Instant at, CrewMemberView member, CrewSchedule schedule,
                          List<CrewAssignments.Figure> flightTime) {
    }

    Optional<CrewMemberAsOf> asOf(CrewMemberId crewMemberId, Instant at) {
        return asOf.inScratchTables(TABLES, () -> {
            CrewProjection past = new CrewProjection(jdbc, json, limits, Clock.fixed(at, ZoneOffset.UTC));
            asOf.replay(past, crewMemberId.value(), at);
            CrewMemberView member = past.find(new FindCrewMemberQuery(crewMemberId));
            if (member == null) {
                return Optional.empty();
            }
            Instant from = at.minus(AROUND);
            Instant to = at.plus(AROUND);
            CrewSchedule schedule = past.schedule(new FindCrewScheduleQuery(crewMemberId, from, to));
            List<CrewAssignments.Figure> flightTime = past.assignments(new FindCrewAssignmentsQuery(from, to)).pilots()
                    .stream().filter(pilot -> pilot.crewMemberId().equals(crewMemberId)).findFirst()
                    .map(CrewAssignments.PilotFlightTime::figures).orElse(List.of());
            return Optional.of(new CrewMemberAsOf(at, member, schedule, flightTime));
        });
    }
}
