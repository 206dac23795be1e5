package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftSchedule;
import com.jetops.api.aircraft.FindAircraftScheduleQuery;
import com.jetops.api.aircraft.AircraftPage;
import com.jetops.api.aircraft.AircraftSearchResult;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.aircraft.FindAircraftQuery;
import com.jetops.api.aircraft.ListAircraftQuery;
import com.jetops.api.aircraft.SearchAircraftQuery;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.platform.web.ProblemResponses;
import com.jetops.api.security.Role;
import com.jetops.query.infra.LiveFeed;
import com.jetops.query.infra.ObjectScope;
import com.jetops.query.infra.ReadYourWrites;
import com.jetops.query.tracking.LivePositions;
import com.jetops.api.aircraft.WatchFleetQuery;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/aircraft")
@Tag(name = "Fleet", description = "The fleet read model and aircraft search")
class FleetController {
    static final int MAX_PAGE_SIZE = 200;

    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final LiveFeed liveFeed;
    private final FleetHistory history;
    private final ObjectScope scope;

    private final LivePositions livePositions;

    FleetController(QueryGateway queryGateway, ReadYourWrites readYourWrites, LiveFeed liveFeed, FleetHistory history,
                    ObjectScope scope, LivePositions livePositions) {
        this.scope = scope;
        this.livePositions = livePositions;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.liveFeed = liveFeed;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "List the fleet, optionally by status, base airport and category")
    AircraftPage list(@RequestParam(required = false) AircraftStatus status,
                      @RequestParam(required = false) String base,
                      @RequestParam(required = false) AircraftCategory category,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        checkPaging(page, size);
        IcaoCode baseAirport = base == null || base.isBlank() ? null : Require.parsed("base", () -> new IcaoCode(base));
        // An owner lists only their own aircraft.
        return queryGateway.query(new ListAircraftQuery(status, baseAirport, category,
                        scope.subjectOf(Role.AIRCRAFT_OWNER), page, size),
                ResponseTypes.instanceOf(AircraftPage.class)).join();
    }

    @GetMapping("/search")
    @Operation(summary = "Fuzzy full-text search over tail number, model, manufacturer, base airport and amenities")
    AircraftSearchResult search(@RequestParam("q") String text,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        Require.searchText(text, "q", 200);
        checkPaging(page, size);
        return queryGateway.query(new SearchAircraftQuery(text.strip(), page, size),
                ResponseTypes.instanceOf(AircraftSearchResult.class)).join();
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: 'aircraft' events with the fleet, or one aircraft, then every change to "
            + "status, location and details as it is projected; 'position' events ({aircraftId, position}) as new "
            + "position reports arrive (polled every second)")
    SseEmitter live(@RequestParam(required = false) String aircraftId) {
        AircraftId only = aircraftId == null ? null : Require.parsed("aircraftId", () -> AircraftId.of(aircraftId));
        SseEmitter emitter = liveFeed.stream(queryGateway.subscriptionQuery(new WatchFleetQuery(only),
                        ResponseTypes.multipleInstancesOf(AircraftView.class), ResponseTypes.instanceOf(AircraftView.class)),
                "aircraft", view -> view.aircraftId() + "@" + view.version());
        livePositions.follow(emitter, only == null ? null : only.value());
        return emitter;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One aircraft with live status, location and next reservation; minVersion waits (bounded) "
            + "until the view shows that version of the aircraft")
    ResponseEntity<Object> find(@PathVariable("id") String id, @RequestParam(required = false) Long minVersion) {
        AircraftId aircraftId = Require.parsed("id", () -> AircraftId.of(id));
        return readYourWrites.answer(minVersion, () -> aircraft(aircraftId), AircraftView::version,
                () -> unknown(aircraftId));
    }

    /** The aircraft, or null when there is none or the caller may not see it. */
    private AircraftView aircraft(AircraftId aircraftId) {
        if (!scope.mayReadAircraft(aircraftId.value())) {
            return null;
        }
        return queryGateway.query(new FindAircraftQuery(aircraftId), ResponseTypes.instanceOf(AircraftView.class)).join();
    }

    private static ResponseEntity<Object> unknown(AircraftId aircraftId) {
        return ProblemResponses.respondWith(new Refusal(ErrorCode.AIRCRAFT_NOT_FOUND, null,
                "No aircraft " + aircraftId + " in the fleet"));
    }

    @GetMapping("/{id}/as-of")
    @Operation(summary = "The aircraft exactly as it was at an instant (status, location, hours, cycles): its events "
            + "up to then, replayed through the same projection that builds the live view")
    ResponseEntity<Object> asOf(@PathVariable("id") String id,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        AircraftId aircraftId = Require.parsed("id", () -> AircraftId.of(id));
        return history.asOf(aircraftId, at).<ResponseEntity<Object>>map(row -> ResponseEntity.ok(row.toView()))
                .orElseGet(() -> ProblemResponses.respondWith(new Refusal(ErrorCode.AIRCRAFT_NOT_FOUND, null,
                        "No aircraft " + aircraftId + " as of " + at)));
    }

    @GetMapping("/{id}/schedule")
    @Operation(summary = "The aircraft's calendar in [from, to): reservations (held or confirmed, with the booking), "
            + "blackouts and maintenance blocks, by start; at most 366 days")
    ResponseEntity<Object> schedule(@PathVariable("id") String id,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        AircraftId aircraftId = Require.parsed("id", () -> AircraftId.of(id));
        Require.that(to, t -> t.isAfter(from), "to", "to must be after from");
        Require.that(to, t -> !t.isAfter(from.plus(java.time.Duration.ofDays(366))), "to",
                "a schedule spans at most 366 days");
        if (aircraft(aircraftId) == null) {
            return unknown(aircraftId);
        }
        return ResponseEntity.ok(queryGateway.query(new FindAircraftScheduleQuery(aircraftId, from, to),
                ResponseTypes.instanceOf(AircraftSchedule.class)).join());
    }

    /** Elasticsearch pages no deeper than 10,000 hits; the fleet list is held to the same depth. */
    static final long MAX_DEPTH = 10_000;

    private static void checkPaging(int page, int size) {
        Require.that(page, p -> p >= 0, "page", "page must be 0 or more");
        Require.that(size, s -> s >= 1 && s <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
        Require.that(page, p -> (p + 1L) * size <= MAX_DEPTH, "page",
                "page * size may not reach beyond the first " + MAX_DEPTH + " results; narrow the query");
    }
}
