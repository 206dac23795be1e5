package com.jetops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 1, the hardware's own limit: single-row INSERT + COMMIT of an event-sized row (≈500
 * bytes) by 16 JDBC clients, with the same durability settings the event store runs with.
 */
final class RawInsertBaseline {
    private RawInsertBaseline() {
    }

    static double insertsPerSecond(Settings settings) throws Exception {
        try (Connection connection = connect(settings); Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists bench_raw_event");
            ddl.execute("create table bench_raw_event (id bigserial primary key, aggregate_id varchar(255) not null, "
                    + "sequence_number bigint not null, payload bytea not null, time_stamp varchar(255) not null)");
        }
        byte[] payload = ("{\"aircraftId\":\"6f1c2d3e-4b5a-4c6d-8e7f-901234567890\",\"from\":\"KTEB\",\"to\":\"KPBI\","
                + "\"blockOff\":\"2026-11-01T12:00:00Z\",\"blockOn\":\"2026-11-01T14:35:00Z\",\"airborneMinutes\":140,"
                + "\"cycles\":1,\"flightLegId\":\"6f1c2d3e-4b5a-4c6d-8e7f-901234567890:2026-11-01T12:00:00Z\"}"
                + " ".repeat(220)).getBytes();
        AtomicLong inserts = new AtomicLong();
        long deadline = System.nanoTime() + settings.baselineTime().toNanos();
        long start = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.baselineClients(); c++) {
            int client = c;
            clients.add(new Thread(() -> {
                try (Connection connection = connect(settings);
                     PreparedStatement insert = connection.prepareStatement("insert into bench_raw_event "
                             + "(aggregate_id, sequence_number, payload, time_stamp) values (?, ?, ?, ?)")) {
                    for (long i = 0; System.nanoTime() < deadline; i++) {
                        insert.setString(1, "aggregate-" + client);
                        insert.setLong(2, i);
                        insert.setBytes(3, payload);
                        insert.setString(4, java.time.Instant.now().toString());
                        insert.executeUpdate();   // autocommit: one transaction per row
                        inserts.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, "raw-insert-" + c));
        }
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection connection = connect(settings); Statement ddl = connection.createStatement()) {
            ddl.execute("drop table bench_raw_event");
        }
        return inserts.get() / seconds;
    }

    static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
    }
}
