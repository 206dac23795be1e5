package com.jetops.query.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.api.maintenance.AircraftMaintenance;
import com.jetops.api.maintenance.FindAircraftMaintenanceQuery;
import com.jetops.api.maintenance.FindMaintenanceItemQuery;
import com.jetops.api.maintenance.ListMaintenanceDueQuery;
import com.jetops.api.maintenance.ListMaintenanceItemsQuery;
import com.jetops.api.maintenance.MaintenanceDueList;
import com.jetops.api.maintenance.MaintenanceItemDetails;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemPage;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The maintenance read model. Its own controller: FleetController owns the rest of /aircraft. */
@RestController
@Tag(name = "Maintenance", description = "Maintenance items across the fleet: what is due next, overdue items, "
        + "item and aircraft histories")
class MaintenanceController {
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_PAGE = 10_000;
    /** Ten years of days, a hundred thousand hours or cycles: more than any airframe's life. */
    static final int MAX_DAYS = 3_650;
    static final long MAX_HOURS_OR_CYCLES = 100_000;

    private final QueryGateway queryGateway;
    private final MaintenanceHistory history;
    private final ObjectScope scope;

    MaintenanceController(QueryGateway queryGateway, MaintenanceHistory history, ObjectScope scope) {
        this.scope = scope;
        this.history = history;
        this.queryGateway = queryGateway;
    }

    @GetMapping("/maintenance")
    @Operation(summary = "Maintenance items across the fleet with what is due next, by aircraft, status, kind, "
            + "due date within N days (or passed) and overdue",
            description = "Sorted by tail number, then open items first, overdue first, soonest first.")
    MaintenanceItemPage list(@RequestParam(required = false) String aircraftId,
                             @RequestParam(required = false) MaintenanceStatus status,
                             @RequestParam(required = false) MaintenanceKind kind,
                             @RequestParam(required = false) Integer dueWithinDays,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        checkPaging(page, size);
        if (dueWithinDays != null) {
            Require.that(dueWithinDays, d -> d >= 0 && d <= MAX_DAYS, "dueWithinDays",
                    "dueWithinDays must be between 0 and " + MAX_DAYS);
        }
        return queryGateway.query(new ListMaintenanceItemsQuery(
                        aircraftId == null ? null : Require.parsed("aircraftId", () -> AircraftId.of(aircraftId)),
                        status, kind, dueWithinDays, overdue, page, size),
                ResponseTypes.instanceOf(MaintenanceItemPage.class)).join();
    }

    @GetMapping("/maintenance/due")
    @Operation(summary = "Fleet-wide: overdue items, then items due within the days, airborne hours or cycles, "
            + "soonest first, with tail numbers and the margin left",
            description = "Soonest is the smallest share of its window an item has left (days left / days, "
                    + "hours left / hours, cycles left / cycles). An item is overdue at 0 hours or cycles left, or "
                    + "the day after its date (daysLeft -1).")
    MaintenanceDueList due(@RequestParam(defaultValue = "" + ListMaintenanceDueQuery.DEFAULT_DAYS) int days,
                           @RequestParam(defaultValue = "" + ListMaintenanceDueQuery.DEFAULT_HOURS) long hours,
                           @RequestParam(defaultValue = "" + ListMaintenanceDueQuery.DEFAULT_CYCLES) long cycles) {
        // At least 1: each window divides the margins that rank the list.
        Require.that(days, d -> d >= 1 && d <= MAX_DAYS, "days", "days must be between 1 and " + MAX_DAYS);
        Require.that(hours, h -> h >= 1 && h <= MAX_HOURS_OR_CYCLES, "hours",
                "hours must be between 1 and " + MAX_HOURS_OR_CYCLES);
        Require.that(cycles, c -> c >= 1 && c <= MAX_HOURS_OR_CYCLES, "cycles",
                "cycles must be between 1 and " + MAX_HOURS_OR_CYCLES);
        return queryGateway.query(new ListMaintenanceDueQuery(days, hours, cycles),
                ResponseTypes.instanceOf(MaintenanceDueList.class)).join();
    }

    @GetMapping("/maintenance/{id}")
    @Operation(summary = "One maintenance item with what is due next and its history: opened, deferred, work "
            + "started or cancelled, due soon, overdue, revoked, completed, recurred")
    ResponseEntity<Object> find(@PathVariable("id") String id) {
        MaintenanceItemId itemId = Require.parsed("id", () -> MaintenanceItemId.of(id));
        MaintenanceItemDetails details = queryGateway.query(new FindMaintenanceItemQuery(itemId),
                ResponseTypes.instanceOf(MaintenanceItemDetails.class)).join();
        if (details == null) {
            return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null,
                    "No maintenance item " + itemId));
        }
        return ResponseEntity.ok(details);
    }

    @GetMapping("/maintenance/{id}/as-of")
    @Operation(summary = "The maintenance item exactly as at an instant: status, history so far, and what was due "
            + "next counted from the aircraft's hours and cycles and the date then; events replayed up to it")
    ResponseEntity<Object> asOf(@PathVariable("id") String id,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        MaintenanceItemId itemId = Require.parsed("id", () -> MaintenanceItemId.of(id));
        return history.asOf(itemId, at).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null,
                        "No maintenance item " + itemId + " as of " + at)));
    }

    @GetMapping("/aircraft/{id}/maintenance")
    @Operation(summary = "One aircraft's open items (overdue first, then soonest) and a page of its sign-offs, "
            + "newest first")
    ResponseEntity<Object> aircraft(@PathVariable("id") String id,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        AircraftId aircraftId = Require.parsed("id", () -> AircraftId.of(id));
        checkPaging(page, size);
        AircraftMaintenance maintenance = scope.mayReadAircraft(aircraftId.value()) ? queryGateway.query(
                new FindAircraftMaintenanceQuery(aircraftId, page, size),
                ResponseTypes.instanceOf(AircraftMaintenance.class)).join() : null;
        if (maintenance == null) {
            return ProblemResponses.respondWith(new Refusal(ErrorCode.AIRCRAFT_NOT_FOUND, null,
                    "No aircraft " + aircraftId + " in the fleet"));
        }
        return ResponseEntity.ok(maintenance);
    }

    private static void checkPaging(int page, int size) {
        Require.that(page, p -> p >= 0 && p <= MAX_PAGE, "page", "page must be between 0 and " + MAX_PAGE);
        Require.that(size, s -> s >= 1 && s <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
    }
}
