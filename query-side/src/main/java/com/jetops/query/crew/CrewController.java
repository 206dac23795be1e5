package com.jetops.query.crew;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberView;
import com.jetops.api.crew.CrewPage;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewSchedule;
import com.jetops.api.crew.ExpiringQualifications;
import com.jetops.api.crew.ComplianceWhatIf;
import com.jetops.api.crew.ComplianceWhatIfQuery;
import com.jetops.api.crew.FindCrewAssignmentsQuery;
import com.jetops.api.crew.FindCrewMemberQuery;
import com.jetops.api.crew.FindCrewScheduleQuery;
import com.jetops.api.crew.FindExpiringQualificationsQuery;
import com.jetops.api.crew.ListCrewQuery;
import com.jetops.platform.web.ProblemResponses;
import com.jetops.query.infra.ObjectScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

@RestController
@RequestMapping("/crew")
@Tag(name = "Crew", description = "Crew members with qualifications and availability, schedules, expiring "
        + "qualifications, and assignments with flight time against the Part 135.267 limits")
class CrewController {
    private static final int MAX_PAGE_SIZE = 200;
    /** The same shape the command side accepts for a type rating. */
    private static final Pattern TYPE_DESIGNATOR = Pattern.compile("[A-Z][A-Z0-9]{1,3}");
    /** A year of one member's schedule at a time. */
    static final Duration MAX_SCHEDULE_WINDOW = Duration.ofDays(366);
    /** Every member's assignments and figures: a calendar quarter's worth at a time. */
    static final Duration MAX_ASSIGNMENTS_WINDOW = Duration.ofDays(92);

    private final QueryGateway queryGateway;
    private final CrewLimits limits;
    private final CrewHistory history;
    private final ObjectScope scope;

    CrewController(QueryGateway queryGateway, CrewLimits limits, CrewHistory history, ObjectScope scope) {
        this.scope = scope;
        this.history = history;
        this.queryGateway = queryGateway;
        this.limits = limits;
    }

    @GetMapping
    @Operation(summary = "Crew members by position, base, a type rating valid today, employment and a piece of the name")
    CrewPage list(@RequestParam(required = false) CrewPosition position,
                  @RequestParam(required = false) String baseAirport,
                  @RequestParam(required = false) String typeRating,
                  @RequestParam(required = false) Boolean employed,
                  @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
        Require.that(page, p -> p >= 0 && p <= 10_000, "page", "page must be between 0 and 10000");
        Require.that(size, s -> s >= 1 && s <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
        IcaoCode base = baseAirport == null ? null : Require.parsed("baseAirport", () -> new IcaoCode(baseAirport));
        String rating = typeRating == null ? null : Require.that(typeRating.strip().toUpperCase(Locale.ROOT),
                t -> TYPE_DESIGNATOR.matcher(t).matches(), "typeRating",
                "typeRating must be an ICAO aircraft type designator (e.g. GLF6)");
        String name = q == null ? null : Require.searchText(q, "q", 200);
        return queryGateway.query(new ListCrewQuery(position, base, rating, employed, name, page, size),
                ResponseTypes.instanceOf(CrewPage.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One crew member: position, base, employment, availability now, qualifications with expiry")
    ResponseEntity<Object> find(@PathVariable("id") String id) {
        CrewMemberId crewMemberId = Require.parsed("id", () -> CrewMemberId.of(id));
        CrewMemberView view = scope.mayReadCrewMember(crewMemberId.value()) ? queryGateway.query(
                new FindCrewMemberQuery(crewMemberId), ResponseTypes.instanceOf(CrewMemberView.class)).join() : null;
        return view == null ? notFound(crewMemberId) : ResponseEntity.ok(view);
    }

    @GetMapping("/{id}/as-of")
    @Operation(summary = "The crew member exactly as at an instant: availability and qualifications as they stood, "
            + "assignments within a day of it with the legality check each passed, and flight time against the "
            + "limits; their events up to then, replayed through the live projection")
    ResponseEntity<Object> asOf(@PathVariable("id") String id,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        CrewMemberId crewMemberId = Require.parsed("id", () -> CrewMemberId.of(id));
        return history.asOf(crewMemberId, at).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(crewMemberId));
    }

    @GetMapping("/{id}/schedule")
    @Operation(summary = "A crew member's assignments (planned and actual duty, flights, roster warnings) and "
            + "unavailability overlapping [from, to), by start; at most 366 days")
    ResponseEntity<Object> schedule(@PathVariable("id") String id,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        CrewMemberId crewMemberId = Require.parsed("id", () -> CrewMemberId.of(id));
        TimeWindow window = window(from, to, MAX_SCHEDULE_WINDOW);
        if (!scope.mayReadCrewMember(crewMemberId.value())) {
            return notFound(crewMemberId);
        }
        CrewSchedule schedule = queryGateway.query(new FindCrewScheduleQuery(crewMemberId, window.start(), window.end()),
                ResponseTypes.instanceOf(CrewSchedule.class)).join();
        return schedule == null ? notFound(crewMemberId) : ResponseEntity.ok(schedule);
    }

    @GetMapping("/expiring")
    @Operation(summary = "Qualifications of employed crew expiring in the next days (1 to 365, default 30), soonest "
            + "first, with those already expired flagged")
    ExpiringQualifications expiring(@RequestParam(defaultValue = "30") int days) {
        Require.that(days, d -> d >= 1 && d <= 365, "days", "days must be between 1 and 365");
        return queryGateway.query(new FindExpiringQualificationsQuery(days),
                ResponseTypes.instanceOf(ExpiringQualifications.class)).join();
    }

    @GetMapping("/assignments")
    @Operation(summary = "Assignments whose duty overlaps [from, to) with duty and flight time, and each pilot's "
            + "flight time in 24 h, the quarter, two quarters and the year against the limits; at most 92 days")
    CrewAssignments assignments(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        TimeWindow window = window(from, to, MAX_ASSIGNMENTS_WINDOW);
        return queryGateway.query(new FindCrewAssignmentsQuery(window.start(), window.end()),
                ResponseTypes.instanceOf(CrewAssignments.class)).join();
    }

    @GetMapping("/compliance/what-if")
    @Operation(summary = "Re-evaluates the assignments of [from, to) under proposed flight-time, duty-period and "
            + "rest limits (ISO-8601 durations, e.g. PT9H; those left out stay as configured): the pilots whose flight "
            + "time would break them and the assignments whose duty or rest before completion would")
    ComplianceWhatIf whatIf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                            @RequestParam(required = false) Duration onePilotFlightTimeIn24Hours,
                            @RequestParam(required = false) Duration twoPilotFlightTimeIn24Hours,
                            @RequestParam(required = false) Duration flightTimePerQuarter,
                            @RequestParam(required = false) Duration flightTimePerTwoQuarters,
                            @RequestParam(required = false) Duration flightTimePerYear,
                            @RequestParam(required = false) Duration dutyPeriod,
                            @RequestParam(required = false) Duration restBeforeCompletion) {
        TimeWindow window = window(from, to, MAX_ASSIGNMENTS_WINDOW);
        ComplianceWhatIfQuery query = new ComplianceWhatIfQuery(window.start(), window.end(),
                limit(onePilotFlightTimeIn24Hours, limits.onePilotFlightTimeIn24Hours(), "onePilotFlightTimeIn24Hours"),
                limit(twoPilotFlightTimeIn24Hours, limits.twoPilotFlightTimeIn24Hours(), "twoPilotFlightTimeIn24Hours"),
                limit(flightTimePerQuarter, limits.flightTimePerQuarter(), "flightTimePerQuarter"),
                limit(flightTimePerTwoQuarters, limits.flightTimePerTwoQuarters(), "flightTimePerTwoQuarters"),
                limit(flightTimePerYear, limits.flightTimePerYear(), "flightTimePerYear"),
                limit(dutyPeriod, limits.dutyPeriod(), "dutyPeriod"),
                limit(restBeforeCompletion, limits.restBeforeCompletion(), "restBeforeCompletion"));
        return queryGateway.query(query, ResponseTypes.instanceOf(ComplianceWhatIf.class)).join();
    }

    private static Duration limit(Duration proposed, Duration configured, String field) {
        return proposed == null ? configured : Require.that(proposed,
                d -> !d.isNegative() && !d.isZero() && d.compareTo(Duration.ofDays(366)) <= 0, field,
                field + " is a positive duration of at most a year, e.g. PT9H");
    }

    /** Both ends required, in order, within the years operations happen in, and no longer than {@code longest}. */
    private static TimeWindow window(Instant from, Instant to, Duration longest) {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(from, f -> !f.isBefore(TimeWindow.EARLIEST) && f.isBefore(TimeWindow.LATEST), "from",
                "from must lie between " + TimeWindow.EARLIEST + " and " + TimeWindow.LATEST);
        Require.that(to, t -> !t.isAfter(TimeWindow.LATEST), "to", "to must not lie after " + TimeWindow.LATEST);
        Require.that(to, t -> t.isAfter(from), "to", "to must be after from");
        Require.that(to, t -> Duration.between(from, t).compareTo(longest) <= 0, "to",
                "from and to may be at most " + longest.toDays() + " days apart");
        return new TimeWindow(from, to);
    }

    private static ResponseEntity<Object> notFound(CrewMemberId crewMemberId) {
        return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null, "No crew member " + crewMemberId));
    }
}
