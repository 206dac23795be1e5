package com.jetops.command.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemRecurredEvent;
import com.jetops.api.maintenance.TrackAircraftUtilizationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Follows each aircraft's airborne time and cycles from its flown legs and flight-log
 * corrections, and tells every open maintenance item of that aircraft the new totals, so items
 * due by hours or cycles become due soon or overdue as the aircraft flies (or no longer overdue
 * when a correction takes the totals back). Its two tables are the command side's own
 * process state (rebuilt by a replay), not a read model.
 */
@Component
@ProcessingGroup("maintenance-due-tracking")
class MaintenanceDueTracking {
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    MaintenanceDueTracking(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    record Totals(long airborneMinutes, long cycles) {
    }

    @EventHandler
    void on(FlightLegRecordedEvent leg, @SequenceNumber long sequenceNumber) {
        // Guarded by the aircraft's sequence number: a redelivered leg is not counted twice.
        jdbc.update("""
                insert into aircraft_utilization (aircraft_id, airborne_minutes, cycles, last_sequence)
                values (?, ?, ?, ?)
                on conflict (aircraft_id) do update
                   set airborne_minutes = aircraft_utilization.airborne_minutes + excluded.airborne_minutes,
                       cycles = aircraft_utilization.cycles + excluded.cycles,
                       last_sequence = excluded.last_sequence
                 where aircraft_utilization.last_sequence < excluded.last_sequence""",
                leg.aircraftId().value(), leg.airborneMinutes(), leg.cycles(), sequenceNumber);
        trackOpenItems(leg.aircraftId());
    }

    /** The leg was counted before (same aircraft, earlier sequence), so the row exists. Same guard. */
    @EventHandler
    void on(FlightLegCorrectedEvent correction, @SequenceNumber long sequenceNumber) {
        jdbc.update("""
                update aircraft_utilization
                   set airborne_minutes = airborne_minutes + ?, cycles = cycles + ?, last_sequence = ?
                 where aircraft_id = ? and last_sequence < ?""",
                correction.airborneMinutesDelta(), correction.cyclesDelta(), sequenceNumber,
                correction.aircraftId().value(), sequenceNumber);
        trackOpenItems(correction.aircraftId());
    }

    private void trackOpenItems(AircraftId aircraftId) {
        Totals totals = totals(aircraftId);
        List<String> openItems = jdbc.queryForList(
                "select maintenance_item_id from maintenance_open_item where aircraft_id = ?", String.class,
                aircraftId.value());
        openItems.forEach(item -> track(MaintenanceItemId.of(item), totals));
    }

    @EventHandler
    void on(MaintenanceItemOpenedEvent event) {
        open(event.maintenanceItemId(), event.aircraftId());
    }

    @EventHandler
    void on(MaintenanceItemRecurredEvent event) {
        open(event.maintenanceItemId(), event.aircraftId());
    }

    @EventHandler
    void on(MaintenanceItemCompletedEvent event) {
        jdbc.update("delete from maintenance_open_item where maintenance_item_id = ?", event.maintenanceItemId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from maintenance_open_item");
        jdbc.update("delete from aircraft_utilization");
    }

    /** A new or re-opened item learns the totals at once: it may already be near or past its due point. */
    private void open(MaintenanceItemId itemId, AircraftId aircraftId) {
        jdbc.update("insert into maintenance_open_item (maintenance_item_id, aircraft_id) values (?, ?) "
                + "on conflict do nothing", itemId.value(), aircraftId.value());
        track(itemId, totals(aircraftId));
    }

    private Totals totals(AircraftId aircraftId) {
        return jdbc.query("select airborne_minutes, cycles from aircraft_utilization where aircraft_id = ?",
                        (row, i) -> new Totals(row.getLong(1), row.getLong(2)), aircraftId.value())
                .stream().findFirst().orElse(new Totals(0, 0));
    }

    private void track(MaintenanceItemId itemId, Totals totals) {
        commands.sendAndWait(new TrackAircraftUtilizationCommand(itemId, totals.airborneMinutes() / 60,
                totals.cycles()));
    }
}
