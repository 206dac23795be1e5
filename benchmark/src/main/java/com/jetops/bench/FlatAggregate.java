package com.jetops.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Scenario 6: the latency of a command on an aircraft with 100,000 events of history against one
 * with 10. 100,000 commands through REST would take longer than the whole benchmark may, so the
 * heavy aircraft's history is written in SQL the way the store looks after that many commands:
 * a source aircraft gets 130 real legs through the API (so the command side snapshots it at its
 * 100th event), then the heavy aircraft gets the source's registration, its first leg again and
 * again up to 100,000 events, and the source's snapshot placed 29 events before the end, as the
 * snapshotter would have left it. (Without any snapshot, loading 100,000 events takes longer than
 * Axon's 60 s command timeout on this machine: snapshots are not optional at that size.)
 */
final class FlatAggregate {
    private static final String COPY_HISTORY = """
            insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                type, payload_type, payload_revision, payload, meta_data, time_stamp)
            select nextval('domain_event_entry_seq'), gen_random_uuid()::text, ?, n, type, payload_type, payload_revision,
                   convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier, ?), 'UTF8'), meta_data, time_stamp
            from domain_event_entry, generate_series(?, ?) n
            where aggregate_identifier = ? and sequence_number = ? order by n""";
    private static final String COPY_SNAPSHOT = """
            insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                payload_type, payload_revision, payload, meta_data, time_stamp)
            select ?, ?, type, gen_random_uuid()::text, payload_type, payload_revision,
                   convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier, ?), 'UTF8'), meta_data, time_stamp
            from snapshot_event_entry where aggregate_identifier = ? order by sequence_number desc limit 1""";
    private static final int SOURCE_LEGS = 130;
    private static final int EVENTS_AFTER_SNAPSHOT = 29;

    private final Bench bench;

    FlatAggregate(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        Settings settings = bench.settings;
        int history = settings.flatEvents();
        int samples = settings.flatSamples();
        Instant origin = Instant.now().minus((long) (SOURCE_LEGS + samples + 20) * 2, ChronoUnit.HOURS);
        String light = register("BLIGHT1");
        String source = register("BSOURCE1");
        for (int n = 0; n < 9; n++) {
            require(leg(light, origin, n));
        }
        for (int n = 0; n < SOURCE_LEGS; n++) {
            require(leg(source, origin, n));
        }
        String heavy = "0f1a7e00" + source.substring(8);
        System.out.println("==> scenario 6: writing " + history + " events of history for one aircraft");
        try (Connection connection = RawInsertBaseline.connect(settings)) {
            awaitSnapshot(connection, source);
            try (PreparedStatement copy = connection.prepareStatement(COPY_HISTORY);
                 PreparedStatement snapshot = connection.prepareStatement(COPY_SNAPSHOT)) {
                copyHistory(copy, source, heavy, 0, 0, 0);               // its registration
                copyHistory(copy, source, heavy, 1, history - 1, 1);     // then one leg, history − 1 times
                snapshot.setString(1, heavy);
                snapshot.setLong(2, history - 1 - EVENTS_AFTER_SNAPSHOT);
                snapshot.setString(3, heavy);
                snapshot.setString(4, source);
                snapshot.executeUpdate();
            }
        }
        long firstLoad = require(leg(heavy, origin, SOURCE_LEGS)).nanos();
        Latencies heavyLatency = new Latencies();
        Latencies lightLatency = new Latencies();
        for (int i = 0; i < samples; i++) {
            // Alternating, one at a time: both see the same machine at the same moment.
            heavyLatency.record(require(leg(heavy, origin, SOURCE_LEGS + 1 + i)).nanos());
            lightLatency.record(require(leg(light, origin, SOURCE_LEGS + 1 + i)).nanos());
        }
        double ratio = heavyLatency.millis(0.5) / lightLatency.millis(0.5);
        bench.report.row("6 flat aggregate", "p50 ms: " + history + " events vs 10", "ratio ≤ 1.5",
                Report.f(heavyLatency.millis(0.5), 2) + " vs " + Report.f(lightLatency.millis(0.5), 2)
                        + " = " + Report.f(ratio, 2), ratio <= 1.5);
        bench.report.row("6 flat aggregate", "p99 ms: " + history + " events vs 10; first (uncached) command",
                "(no target)", Report.f(heavyLatency.millis(0.99), 2) + " vs " + Report.f(lightLatency.millis(0.99), 2)
                        + "; " + Report.f(firstLoad / 1e6, 0) + " ms", null);
        bench.report.detail("flatHeavyLatencyMs", heavyLatency.summary());
        bench.report.detail("flatLightLatencyMs", lightLatency.summary());
        bench.report.detail("flatFirstCommandMs", firstLoad / 1e6);
    }

    private String register(String tailNumber) {
        return require(bench.commands.post("/aircraft", Fixtures.aircraft(tailNumber, 3))).text("aircraftId");
    }

    /** The command side writes snapshots after the command that crossed the threshold; wait for it. */
    private static void awaitSnapshot(Connection connection, String aggregateId) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?")) {
            query.setString(1, aggregateId);
            for (int attempt = 0; attempt < 100; attempt++) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("no snapshot of " + aggregateId + " after " + SOURCE_LEGS + " legs");
    }

    private static void copyHistory(PreparedStatement copy, String from, String to, int first, int last, int sourceSequence)
            throws SQLException {
        copy.setString(1, to);
        copy.setString(2, to);
        copy.setInt(3, first);
        copy.setInt(4, last);
        copy.setString(5, from);
        copy.setInt(6, sourceSequence);
        copy.executeUpdate();
    }

    private Api.Answer leg(String aircraftId, Instant origin, long n) {
        return bench.commands.post("/aircraft/" + aircraftId + "/flight-legs", Fixtures.flightLeg(origin, n, 1));
    }

    private static Api.Answer require(Api.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
