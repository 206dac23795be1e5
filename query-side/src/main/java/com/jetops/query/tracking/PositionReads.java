package com.jetops.query.tracking;

import com.jetops.api.aircraft.AircraftPosition;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the position stream the command side writes ({@code aircraft_position} and
 * {@code aircraft_latest_position} in schema public, beside the event store). There is no
 * projection: the stream is already a read-friendly table, so a track is one index range scan.
 */
@Component
public class PositionReads {
    static final String COLUMNS = "reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source";
    static final RowMapper<AircraftPosition> POSITION = (row, n) -> new AircraftPosition(
            row.getTimestamp("reported_at").toInstant(), row.getDouble("latitude"), row.getDouble("longitude"),
            row.getInt("altitude_ft"), row.getInt("ground_speed_kt"), row.getInt("heading"), row.getString("source"));

    private final JdbcTemplate jdbc;

    private volatile boolean streamCreated;

    PositionReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest position of each of these aircraft that has one. */
    public Map<String, AircraftPosition> latestOf(Collection<String> aircraftIds) {
        Map<String, AircraftPosition> latest = new HashMap<>();
        if (aircraftIds.isEmpty() || !streamCreated()) {
            return latest;
        }
        try {
            jdbc.query("select aircraft_id, " + COLUMNS + " from aircraft_latest_position where aircraft_id = any (?)",
                    row -> {
                        latest.put(row.getString("aircraft_id"), POSITION.mapRow(row, 0));
                    }, (Object) aircraftIds.toArray(String[]::new));
        } catch (DataAccessException e) {
            if (!streamNotCreatedYet(e)) {
                throw e;
            }
        }
        return latest;
    }

    /**
     * Whether the command side has created the stream's tables yet (a new database where the query
     * side started first). Asked before reading, not learnt from a failed read: inside a
     * projection's transaction a failed statement would abort the whole transaction. Once there,
     * the tables stay, so a yes is remembered.
     */
    private boolean streamCreated() {
        if (!streamCreated) {
            streamCreated = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select to_regclass('aircraft_latest_position') is not null", Boolean.class));
        }
        return streamCreated;
    }

    /** Up to {@code limit} points of [from, to], by time. */
    List<AircraftPosition> track(String aircraftId, Instant from, Instant to, int limit) {
        return jdbc.query("select " + COLUMNS + " from aircraft_position"
                        + " where aircraft_id = ? and reported_at >= ? and reported_at <= ? order by reported_at limit ?",
                POSITION, aircraftId, Timestamp.from(from), Timestamp.from(to), limit);
    }

    /** A newest position that changed, and when its row changed (the live feed's watermark). */
    record Moved(String aircraftId, AircraftPosition position, Instant changedAt) {
    }

    /** Newest positions whose rows changed after {@code since}, oldest change first. */
    List<Moved> movedSince(Instant since) {
        return jdbc.query("select aircraft_id, updated_at, " + COLUMNS
                        + " from aircraft_latest_position where updated_at > ? order by updated_at",
                (row, n) -> new Moved(row.getString("aircraft_id"), POSITION.mapRow(row, n),
                        row.getTimestamp("updated_at").toInstant()), Timestamp.from(since));
    }

    /** The database's clock: the live feed's watermark compares with times the database wrote. */
    Instant databaseNow() {
        return jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
    }

    /**
     * The command side's migration creates the stream; a query side started first on a new
     * database sees no positions rather than failing fleet reads until then.
     */
    static boolean streamNotCreatedYet(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && "42P01".equals(sql.getSQLState());
    }
}
