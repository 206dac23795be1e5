package com.jetops.command.tracking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftPosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The append-only position stream in PostgreSQL ({@code aircraft_position}) and each aircraft's
 * newest point ({@code aircraft_latest_position}). A batch is one statement: its columns go over
 * as arrays and {@code unnest} turns them back into rows, so 500 reports cost one round trip and
 * one parse instead of 500. A report already stored (same aircraft, same instant) is skipped by
 * the primary key, which makes re-sending a batch harmless.
 */
@Component
class PositionStream {
    private static final String APPEND = """
            insert into aircraft_position
                (aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source)
            select ?, reported_at::timestamptz, latitude, longitude, altitude_ft, ground_speed_kt, heading, source
              from unnest(?::text[], ?::float8[], ?::float8[], ?::int4[], ?::int4[], ?::int2[], ?::text[])
                   as batch(reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source)
            on conflict (aircraft_id, reported_at) do nothing""";

    /** Replaces the newest point only with a newer one: batches may arrive out of order. */
    private static final String LATEST = """
            insert into aircraft_latest_position as latest
                (aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source, updated_at)
            values (?, ?::timestamptz, ?, ?, ?, ?, ?, ?, clock_timestamp())
            on conflict (aircraft_id) do update set
                reported_at = excluded.reported_at, latitude = excluded.latitude, longitude = excluded.longitude,
                altitude_ft = excluded.altitude_ft, ground_speed_kt = excluded.ground_speed_kt,
                heading = excluded.heading, source = excluded.source, updated_at = excluded.updated_at
             where excluded.reported_at > latest.reported_at""";

    private final JdbcTemplate jdbc;

    PositionStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the positions (in increasing time order) and moves the aircraft's newest point;
     * answers how many were new.
     */
    @Transactional
    public int append(AircraftId aircraftId, List<AircraftPosition> positions) {
        int size = positions.size();
        String[] times = new String[size];
        Double[] lats = new Double[size];
        Double[] lons = new Double[size];
        Integer[] altitudes = new Integer[size];
        Integer[] speeds = new Integer[size];
        Short[] headings = new Short[size];
        String[] sources = new String[size];
        for (int i = 0; i < size; i++) {
            AircraftPosition p = positions.get(i);
            times[i] = p.time().toString();
            lats[i] = p.lat();
            lons[i] = p.lon();
            altitudes[i] = p.altitudeFt();
            speeds[i] = p.groundSpeedKt();
            headings[i] = (short) p.heading();
            sources[i] = p.source();
        }
        Integer inserted = jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
                insert.setString(1, aircraftId.value());
                insert.setArray(2, array(connection, "text", times));
                insert.setArray(3, array(connection, "float8", lats));
                insert.setArray(4, array(connection, "float8", lons));
                insert.setArray(5, array(connection, "int4", altitudes));
                insert.setArray(6, array(connection, "int4", speeds));
                insert.setArray(7, array(connection, "int2", headings));
                insert.setArray(8, array(connection, "text", sources));
                return insert.executeUpdate();
            }
        });
        AircraftPosition newest = positions.get(size - 1);
        jdbc.update(LATEST, aircraftId.value(), newest.time().toString(), newest.lat(), newest.lon(),
                newest.altitudeFt(), newest.groundSpeedKt(), (short) newest.heading(), newest.source());
        return inserted == null ? 0 : inserted;
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
