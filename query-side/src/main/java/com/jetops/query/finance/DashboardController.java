package com.jetops.query.finance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.Require;
import com.jetops.api.security.Role;
import com.jetops.query.infra.ObjectScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

@RestController
@RequestMapping("/dashboards")
@Tag(name = "Dashboards", description = "Revenue, outstanding invoices, owner payouts, fleet utilization and quote conversion")
class DashboardController {
    private final Dashboards dashboards;
    private final ObjectScope scope;
    private final BigDecimal annualHoursTarget;

    DashboardController(Dashboards dashboards, ObjectScope scope,
                        @Value("${jetops.dashboards.annual-hours-target:800}") BigDecimal annualHoursTarget) {
        this.dashboards = dashboards;
        this.scope = scope;
        this.annualHoursTarget = annualHoursTarget;
    }

    @GetMapping("/revenue")
    @Operation(summary = "Invoiced revenue in [from, to) (issue dates) grouped by MONTH, AIRCRAFT, ROUTE, CLIENT, "
            + "AGENT or OWNER, per currency: count, revenue before taxes, taxes, total, average trip value, "
            + "commission, platform fee, owner earnings, outstanding")
    List<Dashboards.RevenueRow> revenue(
            @RequestParam(defaultValue = "MONTH") Dashboards.GroupBy groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate start = from != null ? from : end.minusYears(1);
        checkRange(start, end);
        return dashboards.revenue(groupBy, start, end);
    }

    @GetMapping("/flight-margins")
    @Operation(summary = "Per invoiced trip issued in [from, to), newest first: revenue before taxes, cost (owner "
            + "earnings and agent commission), margin and margin percent; optionally of one aircraft")
    List<Dashboards.FlightMargin> flightMargins(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String aircraftId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate start = from != null ? from : end.minusYears(1);
        checkRange(start, end);
        String aircraft = aircraftId == null ? null : Require.parsed("aircraftId", () -> AircraftId.of(aircraftId)).value();
        Require.that(size, s -> s >= 1 && s <= 500, "size", "size must be between 1 and 500");
        Require.that(page, p -> p >= 0 && p <= 10_000, "page", "page must be between 0 and 10000");
        return dashboards.flightMargins(start, end, aircraft, page, size);
    }

    @GetMapping("/outstanding")
    @Operation(summary = "Invoices with a balance, soonest due first; overdue ones flagged")
    List<Dashboards.OutstandingInvoice> outstanding() {
        return dashboards.outstanding(LocalDate.now(ZoneOffset.UTC));
    }

    @GetMapping("/payouts")
    @Operation(summary = "Per aircraft owner and currency: earnings from paid invoices, paid out, still due")
    List<Dashboards.OwnerPayout> payouts() {
        String owner = scope.subjectOf(Role.AIRCRAFT_OWNER);
        return dashboards.payouts().stream().filter(p -> owner == null || owner.equals(p.ownerId())).toList();
    }

    @GetMapping("/utilization")
    @Operation(summary = "Flown hours per aircraft by month in a year (UTC) against the yearly target (800 h by default)")
    List<Dashboards.Utilization> utilization(@RequestParam(required = false) Integer year) {
        int which = year != null ? year : Year.now(ZoneOffset.UTC).getValue();
        Require.that(which, y -> y >= 2000 && y <= 2100, "year", "year must be between 2000 and 2100");
        return dashboards.utilization(Year.of(which), annualHoursTarget);
    }

    @GetMapping("/conversion")
    @Operation(summary = "Quotes issued per month in [from, to), how many were booked and how many expired unbooked")
    List<Dashboards.Conversion> conversion(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate start = from != null ? from : end.minusYears(1);
        checkRange(start, end);
        return dashboards.conversion(start, end);
    }

    @GetMapping("/on-time")
    @Operation(summary = "On-time performance per month of planned departure in [from, to): revenue legs departed, "
            + "how many within toleranceMinutes (default 15) of plan, and the mean delay")
    List<Dashboards.OnTime> onTime(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "15") int toleranceMinutes) {
        LocalDate end = to != null ? to : LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate start = from != null ? from : end.minusYears(1);
        checkRange(start, end);
        Require.that(toleranceMinutes, m -> m >= 0 && m <= 240, "toleranceMinutes",
                "toleranceMinutes must be between 0 and 240");
        return dashboards.onTime(start, end, toleranceMinutes);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        Require.that(to, t -> t.isAfter(from), "to", "to must be after from");
        Require.that(to, t -> !t.isAfter(from.plusYears(10)), "to", "a range spans at most 10 years");
    }
}
