package com.jetops.query.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.maintenance.FindMaintenanceItemQuery;
import com.jetops.api.maintenance.MaintenanceItemDetails;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.query.fleet.FleetHistory;
import com.jetops.query.infra.AsOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A maintenance item as at an instant: its events up to it replayed through the live projection
 * into scratch tables, what was due next counted from its aircraft's hours and cycles at that
 * instant (the aircraft's own events replayed too) and from that day's date.
 */
@Component
class MaintenanceHistory {
    private static final List<String> TABLES = List.of("maintenance_item", "maintenance_step",
            "maintenance_completion", "fleet_aircraft");

    private final AsOf asOf;
    private final JdbcTemplate jdbc;
    private final FleetHistory fleet;

    MaintenanceHistory(AsOf asOf, JdbcTemplate jdbc, FleetHistory fleet) {
        this.asOf = asOf;
        this.jdbc = jdbc;
        this.fleet = fleet;
    }

    Optional<MaintenanceItemDetails> asOf(MaintenanceItemId itemId, Instant at) {
        return asOf.inScratchTables(TABLES, () -> {
            MaintenanceProjection past = new MaintenanceProjection(jdbc, Clock.fixed(at, ZoneOffset.UTC));
            asOf.replay(past, itemId.value(), at);
            List<String> aircraft = jdbc.queryForList(
                    "select aircraft_id from maintenance_item where maintenance_item_id = ?", String.class, itemId.value());
            if (aircraft.isEmpty()) {
                return Optional.empty();
            }
            fleet.copyIntoScratchTable(AircraftId.of(aircraft.get(0)), at);
            return Optional.ofNullable(past.find(new FindMaintenanceItemQuery(itemId)));
        });
    }
}
