package com.jetops.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Scenario 6: the latency of a command on an aircraft with 100,000 events of history against one
 * with 10. The light aircraft is written through the API; the heavy one's history is copied in SQL
 * from the light one's own events (its registration, then its first flight leg again and again
 * under a new aircraft id), because 100,000 commands through REST would take longer than the whole
 * benchmark may. The first command on the heavy aircraft reads that history without a snapshot;
 * its time is reported apart, then snapshots and the aggregate cache should make the two alike.
 */
final class FlatAggregate {
    private static final String COPY_HISTORY = """
            insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                type, payload_type, payload_revision, payload, meta_data, time_stamp)
            select nextval('domain_event_entry_seq'), gen_random_uuid()::text, ?, n, type, payload_type, payload_revision,
                   convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier, ?), 'UTF8'), meta_data, time_stamp
            from domain_event_entry, generate_series(?, ?) n
            where aggregate_identifier = ? and sequence_number = ? order by n""";

    private final Bench bench;

    FlatAggregate(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        Settings settings = bench.settings;
        int history = settings.flatEvents();
        int samples = settings.flatSamples();
        Instant origin = Instant.now().minus((long) (samples + 20) * 2, ChronoUnit.HOURS);
        String light = require(bench.commands.post("/aircraft", Fixtures.aircraft("BLIGHT1", 3))).text("aircraftId");
        for (int n = 0; n < 9; n++) {
            require(leg(light, origin, n));
        }
        String heavy = "0f1a7e00" + light.substring(8);
        System.out.println("==> scenario 6: writing " + history + " events of history for one aircraft");
        try (Connection connection = RawInsertBaseline.connect(settings);
             PreparedStatement copy = connection.prepareStatement(COPY_HISTORY)) {
            copyHistory(copy, light, heavy, 0, 0, 0);               // its registration
            copyHistory(copy, light, heavy, 1, history - 1, 1);     // then one leg, history − 1 times
        }
        long firstLoad = require(bench.commands.post("/aircraft/" + heavy + "/flight-legs",
                Fixtures.flightLeg(origin, 10, 1), java.time.Duration.ofMinutes(10))).nanos();
        Latencies heavyLatency = new Latencies();
        Latencies lightLatency = new Latencies();
        for (int i = 0; i < samples; i++) {
            // Alternating, one at a time: both see the same machine at the same moment.
            heavyLatency.record(require(leg(heavy, origin, 11 + i)).nanos());
            lightLatency.record(require(leg(light, origin, 11 + i)).nanos());
        }
        double ratio = heavyLatency.millis(0.5) / lightLatency.millis(0.5);
        bench.report.row("6 flat aggregate", "p50 ms: " + history + " events vs 10", "ratio ≤ 1.5",
                Report.f(heavyLatency.millis(0.5), 2) + " vs " + Report.f(lightLatency.millis(0.5), 2)
                        + " = " + Report.f(ratio, 2), ratio <= 1.5);
        bench.report.row("6 flat aggregate", "p99 ms: " + history + " events vs 10; first command on the history",
                "(no target)", Report.f(heavyLatency.millis(0.99), 2) + " vs " + Report.f(lightLatency.millis(0.99), 2)
                        + "; " + Report.f(firstLoad / 1e6, 0) + " ms", null);
        bench.report.detail("flatHeavyLatencyMs", heavyLatency.summary());
        bench.report.detail("flatLightLatencyMs", lightLatency.summary());
        bench.report.detail("flatFirstCommandOnHistoryMs", firstLoad / 1e6);
    }

    private static void copyHistory(PreparedStatement copy, String from, String to, int first, int last, int sourceSequence)
            throws java.sql.SQLException {
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
