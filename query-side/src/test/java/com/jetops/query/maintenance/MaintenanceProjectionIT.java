package com.jetops.query.maintenance;

import com.jetops.query.TestTokens;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.Money;
import com.jetops.api.maintenance.AircraftMaintenance;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.FindAircraftMaintenanceQuery;
import com.jetops.api.maintenance.FindMaintenanceItemQuery;
import com.jetops.api.maintenance.ListMaintenanceDueQuery;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemView;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The maintenance read model: what is due across the fleet with its margins, each item's history, sign-offs. */
@QuerySideIntegrationTest
class MaintenanceProjectionIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    @Autowired
    MaintenanceProjection projection;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    /** An aircraft in the fleet read model with 100 flown hours and 50 cycles. */
    private AircraftId aircraftWith100Hours() {
        AircraftId aircraftId = AircraftId.random();
        jdbc.update("insert into fleet_aircraft (aircraft_id, tail_number, manufacturer, model, type_designator, "
                        + "category, year_of_manufacture, seating_capacity, range_nm, cruise_speed_kt, hourly_rate_amount, "
                        + "hourly_rate_currency, base_airport, current_airport, status, amenities, registered_at, version, "
                        + "airborne_minutes, cycles) values (?, ?, 'Cessna', 'Citation Latitude', 'C68A', 'MIDSIZE_JET', "
                        + "2020, 9, 2700, 446, 4500, 'USD', 'KTEB', 'KTEB', 'AVAILABLE', '{}', now(), 0, 6000, 50)",
                aircraftId.value(), FleetFixtures.uniqueTail());
        return aircraftId;
    }

    private MaintenanceItemOpenedEvent opened(AircraftId aircraftId, String description, DuePoint due) {
        return new MaintenanceItemOpenedEvent(MaintenanceItemId.random(), aircraftId, MaintenanceKind.INSPECTION, null,
                description, due, null, false);
    }

    @Test
    void theDueListPutsPastDueFirstThenTheSmallestMarginAndSignOffsMoveToHistory() {
        AircraftId aircraftId = aircraftWith100Hours();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        MaintenanceItemOpenedEvent tenHoursLeft = opened(aircraftId, "Phase 1 inspection", new DuePoint(110L, null, null));
        MaintenanceItemOpenedEvent pastDue = opened(aircraftId, "ELT battery", new DuePoint(null, null, today.minusDays(1)));
        MaintenanceItemOpenedEvent farAway = opened(aircraftId, "Engine hot section", new DuePoint(1000L, null, null));
        projection.on(tenHoursLeft, 0, AT);
        projection.on(pastDue, 0, AT);
        projection.on(farAway, 0, AT);
        projection.on(tenHoursLeft, 0, AT);   // redelivered: nothing changes

        List<MaintenanceItemView> due = projection.due(new ListMaintenanceDueQuery(30, 50, 50)).items().stream()
                .filter(item -> item.aircraftId().equals(aircraftId)).toList();
        assertThat(due).extracting(MaintenanceItemView::description).containsExactly("ELT battery", "Phase 1 inspection");
        assertThat(due.get(1).dueNext().hoursLeft()).isEqualTo(10);
        assertThat(due.get(0).dueNext().daysLeft()).isEqualTo(-1);

        projection.on(new MaintenanceItemCompletedEvent(tenHoursLeft.maintenanceItemId(), aircraftId, "J. Doe A&P 1234567",
                today, 100, 50, Money.of("1800.00", "USD"), List.of("filter 12-345"), "Teterboro Jet Center"), 1, AT);
        assertThat(projection.due(new ListMaintenanceDueQuery(30, 50, 50)).items())
                .extracting(MaintenanceItemView::maintenanceItemId).doesNotContain(tenHoursLeft.maintenanceItemId());
        assertThat(projection.find(new FindMaintenanceItemQuery(tenHoursLeft.maintenanceItemId())).item().status())
                .isEqualTo(MaintenanceStatus.COMPLETED);
        assertThat(projection.find(new FindMaintenanceItemQuery(tenHoursLeft.maintenanceItemId())).history()).hasSize(2);

        AircraftMaintenance history = projection.aircraft(new FindAircraftMaintenanceQuery(aircraftId, 0, 20));
        assertThat(history.completed()).hasSize(1);
        assertThat(history.airborneHours()).isEqualTo(100);
        assertThat(history.dueNext()).extracting(MaintenanceItemView::description)
                .containsExactly("ELT battery", "Engine hot section");
    }

    @Test
    void badParametersAre400AndUnknownItems404() throws Exception {
        for (String bad : List.of("/maintenance?size=1000", "/maintenance?status=BOGUS", "/maintenance/due?days=-1",
                "/maintenance?aircraftId=nope", "/maintenance/not-a-uuid")) {
            assertThat(get(bad).statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(get("/maintenance/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/aircraft/" + UUID.randomUUID() + "/maintenance").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
