package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftReservationConfirmedEvent;
import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.AircraftReservationReleasedEvent;
import com.jetops.api.aircraft.AircraftSchedule;
import com.jetops.api.aircraft.BlackoutAddedEvent;
import com.jetops.api.aircraft.BlackoutRemovedEvent;
import com.jetops.api.aircraft.CalendarEntry;
import com.jetops.api.aircraft.FindAircraftScheduleQuery;
import com.jetops.api.aircraft.MaintenanceBlockAddedEvent;
import com.jetops.api.aircraft.MaintenanceBlockEndedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each aircraft's calendar: reservations (held, then confirmed), blackouts and maintenance
 * blocks. Entries that end stay as tombstones carrying the sequence number that ended them, so
 * a redelivered older event neither revives nor rewrites them.
 */
@Component
@ProcessingGroup("aircraft-schedule")
class AircraftScheduleProjection {
    private static final RowMapper<CalendarEntry> ENTRY = (row, i) -> new CalendarEntry(row.getString("entry_id"),
            CalendarEntry.Kind.valueOf(row.getString("kind")),
            row.getString("booking_id") == null ? null : BookingId.of(row.getString("booking_id")),
            new TimeWindow(row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant()),
            row.getString("status"), row.getString("reason"));

    private final JdbcTemplate jdbc;

    AircraftScheduleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AircraftReservationHeldEvent event, @SequenceNumber long sequence) {
        add(event.aircraftId(), event.reservationId().value(), CalendarEntry.Kind.RESERVATION, event.bookingId(),
                event.window(), "HELD", null, sequence);
    }

    @EventHandler
    void on(AircraftReservationConfirmedEvent event, @SequenceNumber long sequence) {
        jdbc.update("update aircraft_calendar set status = 'CONFIRMED', version = ? "
                        + "where aircraft_id = ? and entry_id = ? and version < ? and not removed",
                sequence, event.aircraftId().value(), event.reservationId().value(), sequence);
    }

    @EventHandler
    void on(AircraftReservationReleasedEvent event, @SequenceNumber long sequence) {
        remove(event.aircraftId(), event.reservationId().value(), event.reason(), sequence);
    }

    @EventHandler
    void on(BlackoutAddedEvent event, @SequenceNumber long sequence) {
        add(event.aircraftId(), event.blackoutId().value(), CalendarEntry.Kind.BLACKOUT, null, event.window(),
                "SCHEDULED", event.reason(), sequence);
    }

    @EventHandler
    void on(BlackoutRemovedEvent event, @SequenceNumber long sequence) {
        remove(event.aircraftId(), event.blackoutId().value(), null, sequence);
    }

    @EventHandler
    void on(MaintenanceBlockAddedEvent event, @SequenceNumber long sequence) {
        add(event.aircraftId(), event.maintenanceBlockId().value(), CalendarEntry.Kind.MAINTENANCE, null,
                event.window(), "SCHEDULED", event.reason(), sequence);
    }

    @EventHandler
    void on(MaintenanceBlockEndedEvent event, @SequenceNumber long sequence) {
        remove(event.aircraftId(), event.maintenanceBlockId().value(), null, sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from aircraft_calendar");
    }

    @QueryHandler
    AircraftSchedule schedule(FindAircraftScheduleQuery query) {
        List<CalendarEntry> entries = jdbc.query("""
                        select * from aircraft_calendar
                         where aircraft_id = ? and not removed and starts_at < ? and ends_at > ?
                         order by starts_at, entry_id""", ENTRY,
                query.aircraftId().value(), Timestamp.from(query.to()), Timestamp.from(query.from()));
        return new AircraftSchedule(query.aircraftId(), query.from(), query.to(), entries);
    }

    /** Each aircraft's first reservation starting after {@code now}. */
    Map<String, CalendarEntry> nextReservations(Collection<String> aircraftIds, Instant now) {
        Map<String, CalendarEntry> next = new HashMap<>();
        if (!aircraftIds.isEmpty()) {
            jdbc.query("""
                            select distinct on (aircraft_id) * from aircraft_calendar
                             where aircraft_id = any (?) and kind = 'RESERVATION' and not removed and starts_at > ?
                             order by aircraft_id, starts_at""",
                    row -> {
                        next.put(row.getString("aircraft_id"), ENTRY.mapRow(row, 0));
                    }, aircraftIds.toArray(String[]::new), Timestamp.from(now));
        }
        return next;
    }

    private void add(AircraftId aircraftId, String entryId, CalendarEntry.Kind kind, BookingId bookingId,
                     TimeWindow window, String status, String reason, long sequence) {
        jdbc.update("""
                        insert into aircraft_calendar (aircraft_id, entry_id, kind, booking_id, starts_at, ends_at,
                            status, reason, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                aircraftId.value(), entryId, kind.name(), bookingId == null ? null : bookingId.value(),
                Timestamp.from(window.start()), Timestamp.from(window.end()), status, reason, sequence);
    }

    private void remove(AircraftId aircraftId, String entryId, String reason, long sequence) {
        jdbc.update("update aircraft_calendar set removed = true, status = 'ENDED', reason = coalesce(?, reason), "
                        + "version = ? where aircraft_id = ? and entry_id = ? and version < ?",
                reason, sequence, aircraftId.value(), entryId, sequence);
    }
}
