package com.jetops.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Scenario 6: the latency of a command on an aircraft with 100,000 events of history against one
 * with 10. Snapshots (every jetops.snapshots.threshold events) should keep the two alike.
 */
final class FlatAggregate {
    private final Bench bench;

    FlatAggregate(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        Settings settings = bench.settings;
        int history = settings.flatEvents();
        int samples = settings.flatSamples();
        // Legs two hours apart, the newest ending before now: room for the history and the samples.
        Instant origin = Instant.now().minus((long) (history + samples + 10) * 2, ChronoUnit.HOURS);
        String heavy = register("BHEAVY1");
        String light = register("BLIGHT1");
        System.out.println("==> scenario 6: writing " + history + " events to one aircraft");
        Load.each(8, history - 1, n -> leg(heavy, origin, n));
        Load.each(1, 9, n -> leg(light, origin, n));
        Latencies heavyLatency = new Latencies();
        Latencies lightLatency = new Latencies();
        for (int i = 0; i < samples; i++) {
            // Alternating, one at a time: both see the same machine at the same moment.
            heavyLatency.record(require(leg(heavy, origin, history + i)).nanos());
            lightLatency.record(require(leg(light, origin, 9 + i)).nanos());
        }
        double ratio = heavyLatency.millis(0.5) / lightLatency.millis(0.5);
        bench.report.row("6 flat aggregate", "p50 ms: " + history + " events vs 10", "ratio ≤ 1.5",
                Report.f(heavyLatency.millis(0.5), 2) + " vs " + Report.f(lightLatency.millis(0.5), 2)
                        + " = " + Report.f(ratio, 2), ratio <= 1.5);
        bench.report.row("6 flat aggregate", "p99 ms: " + history + " events vs 10", "(no target)",
                Report.f(heavyLatency.millis(0.99), 2) + " vs " + Report.f(lightLatency.millis(0.99), 2), null);
        bench.report.detail("flatHeavyLatencyMs", heavyLatency.summary());
        bench.report.detail("flatLightLatencyMs", lightLatency.summary());
    }

    private String register(String tailNumber) {
        return require(bench.commands.post("/aircraft", Fixtures.aircraft(tailNumber, 3))).text("aircraftId");
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
