package com.jetops.query.maintenance;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.AircraftMaintenance;
import com.jetops.api.maintenance.DefectDeferredEvent;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.FindAircraftMaintenanceQuery;
import com.jetops.api.maintenance.FindMaintenanceItemQuery;
import com.jetops.api.maintenance.ListMaintenanceDueQuery;
import com.jetops.api.maintenance.ListMaintenanceItemsQuery;
import com.jetops.api.maintenance.MaintenanceCompletionView;
import com.jetops.api.maintenance.MaintenanceDueSoonEvent;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemDetails;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemRecurredEvent;
import com.jetops.api.maintenance.MaintenanceItemView;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.api.maintenance.MaintenanceOverdueRevokedEvent;
import com.jetops.api.maintenance.MaintenanceStatus;
import com.jetops.api.maintenance.MaintenanceStep;
import com.jetops.api.maintenance.MaintenanceStepType;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.api.maintenance.MelCategory;
import com.jetops.api.maintenance.Recurrence;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import com.jetops.query.fleet.FleetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The maintenance read model: events in, queries out, on the real PostgreSQL; and through HTTP.
 * Aircraft totals come from the fleet read model, so tests put fleet rows in place directly.
 * Every id is new per test: the database is shared.
 */
@QuerySideIntegrationTest
class MaintenanceReadModelIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

    @Autowired
    MaintenanceProjection projection;
    @Autowired
    EventStoreFixture.Appender events;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    /** Margins count from today (UTC), as the projection does; a test spanning midnight UTC could disagree. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** A fleet row with the given totals, as the fleet projection keeps them (airborne minutes and cycles). */
    private AircraftId aircraft(String tail, long airborneMinutes, long cycles) {
        AircraftId id = AircraftId.random();
        jdbc.update("insert into fleet_aircraft (aircraft_id, tail_number, manufacturer, model, type_designator, "
                + "category, year_of_manufacture, seating_capacity, range_nm, cruise_speed_kt, hourly_rate_amount, "
                + "hourly_rate_currency, base_airport, current_airport, status, amenities, registered_at, version, "
                + "airborne_minutes, cycles) values (?, ?, 'Cessna', 'Citation Latitude', 'C68A', 'MIDSIZE_JET', 2020, "
                + "9, 2700, 446, 4800, 'USD', 'KTEB', 'KTEB', 'AVAILABLE', '{}', now(), 0, ?, ?)",
                id.value(), tail, airborneMinutes, cycles);
        return id;
    }

    private static MaintenanceItemOpenedEvent opened(MaintenanceItemId id, AircraftId aircraft, MaintenanceKind kind,
                                                     DuePoint due, Recurrence recurrence) {
        return new MaintenanceItemOpenedEvent(id, aircraft, kind,
                kind == MaintenanceKind.AIRWORTHINESS_DIRECTIVE ? "AD 2026-04-11" : null,
                kind + " of " + aircraft, due, recurrence, kind == MaintenanceKind.DEFECT ? false : null);
    }

    private MaintenanceItemId open(AircraftId aircraft, MaintenanceKind kind, DuePoint due) {
        MaintenanceItemId id = MaintenanceItemId.random();
        projection.on(opened(id, aircraft, kind, due, null), 0, AT);
        return id;
    }

    private MaintenanceItemDetails find(MaintenanceItemId id) {
        return projection.find(new FindMaintenanceItemQuery(id));
    }

    @Test
    void aRecurringInspectionShowsItsHistoryAndItsNextDuePointAndARedeliveryChangesNothing() {
        AircraftId aircraft = aircraft(FleetFixtures.uniqueTail(), 1180 * 60 + 30, 950);
        MaintenanceItemId id = MaintenanceItemId.random();
        DuePoint first = new DuePoint(1200L, null, TODAY.plusDays(60));
        projection.on(opened(id, aircraft, MaintenanceKind.INSPECTION, first, new Recurrence(200L, null, 12)), 0, AT);
        projection.on(new MaintenanceDueSoonEvent(id, aircraft, MaintenanceKind.INSPECTION, first), 1, AT);
        TimeWindow window = new TimeWindow(AT.plusSeconds(3600), AT.plusSeconds(7 * 3600));
        projection.on(new MaintenanceWorkStartedEvent(id, aircraft, window, "200-hour inspection"), 2, AT);

        MaintenanceItemView inWork = find(id).item();
        assertThat(inWork.status()).isEqualTo(MaintenanceStatus.IN_WORK);
        assertThat(inWork.workWindow()).isEqualTo(window);
        assertThat(inWork.dueSoon()).isTrue();
        assertThat(inWork.overdue()).isFalse();
        // 1180 h 30 min is 1180 whole hours: 20 left; the date is 60 days out.
        assertThat(inWork.dueNext().hoursLeft()).isEqualTo(20);
        assertThat(inWork.dueNext().daysLeft()).isEqualTo(60);
        assertThat(inWork.dueNext().aircraftAirborneHours()).isEqualTo(1180);

        MaintenanceItemCompletedEvent completed = new MaintenanceItemCompletedEvent(id, aircraft, "J. Okafor",
                TODAY, 1185, 952, Money.of("18250.00", "USD"), List.of("oil filter", "brake pads"), "Duncan Aviation");
        projection.on(completed, 3, AT.plusSeconds(8 * 3600));
        DuePoint next = new DuePoint(1385L, null, TODAY.plusMonths(12));
        projection.on(new MaintenanceItemRecurredEvent(id, aircraft, next), 4, AT.plusSeconds(8 * 3600));
        projection.on(completed, 3, AT.plusSeconds(9 * 3600));   // redelivered: nothing changes

        MaintenanceItemDetails details = find(id);
        assertThat(details.item().status()).isEqualTo(MaintenanceStatus.PLANNED);
        assertThat(details.item().due()).isEqualTo(next);
        assertThat(details.item().dueSoon()).isFalse();
        assertThat(details.item().workWindow()).isNull();
        assertThat(details.item().lastCompletedOn()).isEqualTo(TODAY);
        assertThat(details.item().dueNext().hoursLeft()).isEqualTo(1385 - 1180);
        assertThat(details.item().version()).isEqualTo(4);
        assertThat(details.history()).extracting(MaintenanceStep::type).containsExactly(MaintenanceStepType.OPENED,
                MaintenanceStepType.DUE_SOON, MaintenanceStepType.WORK_STARTED, MaintenanceStepType.COMPLETED,
                MaintenanceStepType.RECURRED);
        assertThat(details.history()).extracting(MaintenanceStep::status).containsExactly(MaintenanceStatus.PLANNED,
                MaintenanceStatus.PLANNED, MaintenanceStatus.IN_WORK, MaintenanceStatus.COMPLETED,
                MaintenanceStatus.PLANNED);
        assertThat(details.history().get(3).note()).contains("J. Okafor", "1185 airborne hours");

        AircraftMaintenance history = projection.aircraft(new FindAircraftMaintenanceQuery(aircraft, 0, 20));
        assertThat(history.airborneHours()).isEqualTo(1180);
        assertThat(history.cycles()).isEqualTo(950);
        assertThat(history.dueNext()).extracting(MaintenanceItemView::maintenanceItemId).containsExactly(id);
        assertThat(history.completedTotal()).isEqualTo(1);
        MaintenanceCompletionView signOff = history.completed().get(0);
        assertThat(signOff.due()).isEqualTo(first);   // the due point the work answered, not the next one
        assertThat(signOff.cost()).isEqualTo(Money.of("18250.00", "USD"));
        assertThat(signOff.partsUsed()).containsExactly("oil filter", "brake pads");
        assertThat(signOff.airborneHoursAtCompletion()).isEqualTo(1185);
    }

    /**
     * Two aircraft, by hand: A at 1000 h (1000 h 59 min) and 800 cycles, B at 500 h and 400
     * cycles; windows 30 days, 50 h, 50 cycles. Overdue first, then by the smallest share of
     * its window left.
     */
    @Test
    void theDueListPutsOverdueItemsFirstThenTheSoonestWithTheirMargins() {
        String tailA = FleetFixtures.uniqueTail();
        String tailB = FleetFixtures.uniqueTail();
        AircraftId a = aircraft(tailA, 1000 * 60 + 59, 800);
        AircraftId b = aircraft(tailB, 500 * 60, 400);

        MaintenanceItemId byHours = open(a, MaintenanceKind.INSPECTION, new DuePoint(1010L, null, null));   // 10/50 = 0.2
        MaintenanceItemId byDate = open(a, MaintenanceKind.AIRWORTHINESS_DIRECTIVE,
                new DuePoint(null, null, TODAY.plusDays(3)));                                           // 3/30 = 0.1
        MaintenanceItemId byCycles = open(b, MaintenanceKind.COMPONENT_OVERHAUL,
                new DuePoint(null, 420L, TODAY.plusDays(200)));                                         // 20/50 = 0.4
        MaintenanceItemId pastHours = open(b, MaintenanceKind.INSPECTION, new DuePoint(495L, null, null)); // -5/50 = -0.1
        MaintenanceItemId notYet = open(b, MaintenanceKind.INSPECTION,
                new DuePoint(600L, null, TODAY.plusDays(40)));                                          // outside
        MaintenanceItemId signedOff = open(a, MaintenanceKind.INSPECTION, new DuePoint(1001L, null, null));
        projection.on(new MaintenanceWorkStartedEvent(signedOff, a, new TimeWindow(AT, AT.plusSeconds(3600)), "x"), 1, AT);
        projection.on(new MaintenanceItemCompletedEvent(signedOff, a, "J. Okafor", TODAY, 1000, 800,
                Money.of("900.00", "USD"), List.of(), "in house"), 2, AT);
        // A defect whose MEL deferral ran out yesterday: -1/30 ≈ -0.033.
        MaintenanceItemId expiredDeferral = open(a, MaintenanceKind.DEFECT, null);
        projection.on(new DefectDeferredEvent(expiredDeferral, a, MelCategory.C, "21-31-01", TODAY.minusDays(1)), 1, AT);
        projection.on(new MaintenanceOverdueEvent(expiredDeferral, a, MaintenanceKind.DEFECT, null, "defect",
                new DuePoint(null, null, TODAY.minusDays(1))), 2, AT);

        List<MaintenanceItemId> ours = List.of(byHours, byDate, byCycles, pastHours, notYet, signedOff, expiredDeferral);
        List<MaintenanceItemView> due = projection.due(new ListMaintenanceDueQuery(30, 50, 50)).items().stream()
                .filter(item -> ours.contains(item.maintenanceItemId())).toList();

        assertThat(due).extracting(MaintenanceItemView::maintenanceItemId)
                .containsExactly(pastHours, expiredDeferral, byDate, byHours, byCycles);
        assertThat(due).extracting(MaintenanceItemView::overdue).containsExactly(true, true, false, false, false);
        assertThat(due).extracting(MaintenanceItemView::tailNumber).containsExactly(tailB, tailA, tailA, tailA, tailB);

        MaintenanceItemView overdueByHours = due.get(0);
        assertThat(overdueByHours.dueNext().hoursLeft()).isEqualTo(-5);
        assertThat(overdueByHours.dueNext().daysLeft()).isNull();
        MaintenanceItemView deferred = due.get(1);
        assertThat(deferred.status()).isEqualTo(MaintenanceStatus.DEFERRED);
        assertThat(deferred.deferral().category()).isEqualTo(MelCategory.C);
        assertThat(deferred.dueNext().onDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(deferred.dueNext().daysLeft()).isEqualTo(-1);
        assertThat(due.get(2).dueNext().daysLeft()).isEqualTo(3);
        assertThat(due.get(3).dueNext().hoursLeft()).isEqualTo(10);
        assertThat(due.get(3).dueNext().aircraftAirborneHours()).isEqualTo(1000);
        assertThat(due.get(4).dueNext().cyclesLeft()).isEqualTo(20);
        assertThat(due.get(4).dueNext().daysLeft()).isEqualTo(200);

        // Wider windows (60 days, 120 h) take in the inspection 100 h and 40 days out, ranked by its date
        // (40/60 = 0.67 before 100/120 = 0.83), after the cycles item (0.4); the overdue ones stay first
        // (-5/120 before -1/60), and the date item now precedes the hours item (3/60 = 0.05 < 10/120 = 0.08).
        List<MaintenanceItemId> wider = projection.due(new ListMaintenanceDueQuery(60, 120, 50)).items().stream()
                .map(MaintenanceItemView::maintenanceItemId).filter(ours::contains).toList();
        assertThat(wider).containsExactly(pastHours, expiredDeferral, byDate, byHours, byCycles, notYet);

        // The same margins filter the paged list.
        assertThat(ids(new ListMaintenanceItemsQuery(a, null, null, null, true, 0, 200)))
                .containsExactly(expiredDeferral);
        assertThat(ids(new ListMaintenanceItemsQuery(b, null, null, null, false, 0, 200)))
                .containsExactlyInAnyOrder(byCycles, notYet);
        assertThat(ids(new ListMaintenanceItemsQuery(b, null, null, 30, null, 0, 200))).isEmpty();
        assertThat(ids(new ListMaintenanceItemsQuery(b, null, null, 40, null, 0, 200))).containsExactly(notYet);
        assertThat(ids(new ListMaintenanceItemsQuery(a, MaintenanceStatus.COMPLETED, null, null, null, 0, 200)))
                .containsExactly(signedOff);
        assertThat(ids(new ListMaintenanceItemsQuery(a, null, MaintenanceKind.AIRWORTHINESS_DIRECTIVE, null, null,
                0, 200))).containsExactly(byDate);
        // Aircraft A's own list: open items overdue first, then soonest; the completed one last.
        assertThat(ids(new ListMaintenanceItemsQuery(a, null, null, null, null, 0, 200)))
                .containsExactly(expiredDeferral, byDate, byHours, signedOff);
        assertThat(projection.list(new ListMaintenanceItemsQuery(a, null, null, null, null, 1, 2)).total()).isEqualTo(4);
        assertThat(projection.aircraft(new FindAircraftMaintenanceQuery(a, 0, 20)).dueNext())
                .extracting(MaintenanceItemView::maintenanceItemId).containsExactly(expiredDeferral, byDate, byHours);
    }

    private List<MaintenanceItemId> ids(ListMaintenanceItemsQuery query) {
        return projection.list(query).items().stream().map(MaintenanceItemView::maintenanceItemId).toList();
    }

    @Test
    void anOverdueRevokedByALogCorrectionIsNoLongerOverdue() {
        AircraftId aircraft = aircraft(FleetFixtures.uniqueTail(), 100 * 60, 90);
        DuePoint due = new DuePoint(120L, null, null);
        MaintenanceItemId id = open(aircraft, MaintenanceKind.AIRWORTHINESS_DIRECTIVE, due);
        // Signalled when the log said 121 h; the fleet already shows the corrected 100 h.
        projection.on(new MaintenanceOverdueEvent(id, aircraft, MaintenanceKind.AIRWORTHINESS_DIRECTIVE,
                "AD 2026-04-11", "AD", due), 1, AT);
        assertThat(find(id).item().overdue()).isTrue();

        projection.on(new MaintenanceOverdueRevokedEvent(id, aircraft, MaintenanceKind.AIRWORTHINESS_DIRECTIVE, due,
                100, 90), 2, AT);
        MaintenanceItemDetails details = find(id);
        assertThat(details.item().overdue()).isFalse();
        assertThat(details.item().dueSoon()).isFalse();
        assertThat(details.item().dueNext().hoursLeft()).isEqualTo(20);
        assertThat(details.history()).extracting(MaintenanceStep::type).containsExactly(MaintenanceStepType.OPENED,
                MaintenanceStepType.OVERDUE, MaintenanceStepType.OVERDUE_REVOKED);
    }

    @Test
    void aDefectWithoutDuePointHasNothingDueNextAndAnUnknownItemIsNone() {
        AircraftId aircraft = aircraft(FleetFixtures.uniqueTail(), 0, 0);
        MaintenanceItemId id = MaintenanceItemId.random();
        projection.on(new MaintenanceItemOpenedEvent(id, aircraft, MaintenanceKind.DEFECT, null, "Cabin door seal",
                null, null, true), 0, AT);

        MaintenanceItemView view = find(id).item();
        assertThat(view.nonDeferrable()).isTrue();
        assertThat(view.due()).isNull();
        assertThat(view.dueNext()).isNull();
        assertThat(view.overdue()).isFalse();
        assertThat(find(MaintenanceItemId.random())).isNull();
        assertThat(projection.aircraft(new FindAircraftMaintenanceQuery(AircraftId.random(), 0, 20))).isNull();
        // A later event of an item never opened here: failing makes the processor retry rather than lose it.
        MaintenanceItemId unknown = MaintenanceItemId.random();
        assertThatThrownBy(() -> projection.on(new MaintenanceDueSoonEvent(unknown, aircraft,
                MaintenanceKind.INSPECTION, new DuePoint(10L, null, null)), 3, AT))
                .isInstanceOf(IllegalStateException.class);
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anItemInTheEventStoreIsReadableOverHttpWithItsAircraft() throws Exception {
        AircraftRegisteredEvent registered = FleetFixtures.citationLatitudeAt("KTEB");
        AircraftId aircraft = registered.aircraftId();
        MaintenanceItemId id = MaintenanceItemId.random();
        events.append("Aircraft", aircraft.value(), 0, registered);
        events.append("MaintenanceItem", id.value(), 0, opened(id, aircraft, MaintenanceKind.INSPECTION,
                new DuePoint(300L, 250L, TODAY.plusDays(10)), null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(JSON.readTree(get("/maintenance/" + id).body()).at("/item/tailNumber").asText())
                        .isEqualTo(registered.tailNumber().value()));
        JsonNode item = JSON.readTree(get("/maintenance/" + id).body());
        assertThat(item.at("/item/status").asText()).isEqualTo("PLANNED");
        assertThat(item.at("/item/dueNext/daysLeft").asLong()).isEqualTo(10);
        assertThat(item.at("/item/dueNext/hoursLeft").asLong()).isEqualTo(300);
        assertThat(item.at("/history/0/type").asText()).isEqualTo("OPENED");

        JsonNode due = JSON.readTree(get("/maintenance/due?days=30&hours=50&cycles=50").body());
        assertThat(due.get("items").findValuesAsText("maintenanceItemId")).contains(id.value());
        JsonNode ofAircraft = JSON.readTree(get("/aircraft/" + aircraft + "/maintenance").body());
        assertThat(ofAircraft.at("/tailNumber").asText()).isEqualTo(registered.tailNumber().value());
        assertThat(ofAircraft.get("dueNext").findValuesAsText("maintenanceItemId")).containsExactly(id.value());
        JsonNode page = JSON.readTree(get("/maintenance?aircraftId=" + aircraft + "&kind=INSPECTION&status=PLANNED"
                + "&overdue=false&dueWithinDays=10").body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void unknownItemsAndAircraftAre404Problems() throws Exception {
        HttpResponse<String> item = get("/maintenance/" + MaintenanceItemId.random());
        HttpResponse<String> aircraft = get("/aircraft/" + AircraftId.random() + "/maintenance");

        assertThat(item.statusCode()).isEqualTo(404);
        assertThat(item.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(item.body()).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(aircraft.statusCode()).isEqualTo(404);
        assertThat(aircraft.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(aircraft.body()).get("code").asText()).isEqualTo("AIRCRAFT_NOT_FOUND");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() throws Exception {
        assertThat(problemField("/maintenance?size=0")).isEqualTo("size");
        assertThat(problemField("/maintenance?size=201")).isEqualTo("size");
        assertThat(problemField("/maintenance?page=-1")).isEqualTo("page");
        assertThat(problemField("/maintenance?aircraftId=not-a-uuid")).isEqualTo("aircraftId");
        assertThat(problemField("/maintenance?status=FLYING")).isEqualTo("status");
        assertThat(problemField("/maintenance?kind=PAINT")).isEqualTo("kind");
        assertThat(problemField("/maintenance?dueWithinDays=-1")).isEqualTo("dueWithinDays");
        assertThat(problemField("/maintenance?dueWithinDays=soon")).isEqualTo("dueWithinDays");
        assertThat(problemField("/maintenance?overdue=maybe")).isEqualTo("overdue");
        assertThat(problemField("/maintenance/due?days=0")).isEqualTo("days");
        assertThat(problemField("/maintenance/due?hours=-5")).isEqualTo("hours");
        assertThat(problemField("/maintenance/due?cycles=lots")).isEqualTo("cycles");
        assertThat(problemField("/maintenance/due?days=99999999999")).isEqualTo("days");
        assertThat(problemField("/maintenance/not-a-uuid")).isEqualTo("id");
        assertThat(problemField("/aircraft/not-a-uuid/maintenance")).isEqualTo("id");
        assertThat(problemField("/aircraft/" + AircraftId.random() + "/maintenance?size=500")).isEqualTo("size");
    }

    private String problemField(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        return JSON.readTree(response.body()).get("errors").get(0).get("field").asText();
    }
}
