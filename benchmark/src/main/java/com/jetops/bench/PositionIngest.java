package com.jetops.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Scenario 9 (issue 9): position feeds posting batches of 500 reports to POST /aircraft/{id}/positions,
 * several clients for a fixed time, against the 5,000 positions/s target. Each client feeds its own
 * aircraft with reports 100 ms apart, so every report is new (no duplicates flatter the figure).
 */
final class PositionIngest {
    static final int BATCH = 500;
    static final double TARGET = 5_000;

    private final Bench bench;

    PositionIngest(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        Settings settings = bench.settings;
        int clients = settings.positionClients();
        String[] aircraft = new String[clients];
        Load.each(clients, clients, i -> {
            Api.Answer answer = bench.commands.post("/aircraft", Fixtures.aircraft(String.format("BP%05d", i), i));
            aircraft[i] = answer.text("aircraftId");
            return answer;
        });
        System.out.println("==> scenario 9: " + clients + " feeds posting batches of " + BATCH + " positions for "
                + settings.positionTime().toSeconds() + " s");
        // Days back, so that a whole run of reports 100 ms apart stays in the past.
        Instant origin = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long storedBefore = storedPositions();
        Map<String, Double> cpuBefore = bench.resources.cpu();
        Load.Result result;
        try (Resources.MemoryPeaks memory = bench.resources.memoryPeaks()) {
            result = Load.run(clients, settings.positionTime(), (client, iteration) ->
                    bench.commands.post("/aircraft/" + aircraft[client] + "/positions",
                            batch(origin, client, iteration)));
            bench.memory.put("9 position ingest", memory.peaks());
        }
        long stored = storedPositions() - storedBefore;
        long accepted = (result.requests() - result.errors()) * BATCH;
        double perSecond = accepted / result.seconds();
        bench.report.profile("#### Position ingest: CPU share "
                + Resources.cpuShare(cpuBefore, bench.resources.cpu(), result.seconds()));
        Map<String, Double> latency = result.latencies().summary();
        bench.report.row("9 position ingest", "positions/s (" + clients + " feeds, batches of " + BATCH + ")",
                "≥ 5,000", Report.f(perSecond, 0), perSecond >= TARGET);
        bench.report.row("9 position ingest", "batch p50 / p99 ms", "(no target)",
                Report.f(latency.get("p50"), 1) + " / " + Report.f(latency.get("p99"), 1), null);
        bench.report.row("9 position ingest", "errors (non-2xx)", "0", result.errors() + " of " + result.requests(),
                result.errors() == 0);
        bench.report.row("9 position ingest", "rows stored = reports accepted", String.valueOf(accepted),
                String.valueOf(stored), stored == accepted);
        bench.report.detail("positionIngestPerSecond", perSecond);
        bench.report.detail("positionIngestStatuses", result.statuses());
        bench.report.detail("positionIngestBatchLatencyMs", latency);
    }

    /**
     * Batch {@code iteration} of feed {@code client}: an aircraft circling at cruise. Written by hand
     * rather than through Jackson: the load generator shares the two cores with what it measures.
     */
    static String batch(Instant origin, int client, long iteration) {
        StringBuilder body = new StringBuilder(BATCH * 140).append("{\"positions\":[");
        long firstTenth = iteration * BATCH;
        for (int i = 0; i < BATCH; i++) {
            long tenth = firstTenth + i;
            Instant time = origin.plusMillis(tenth * 100);
            double angle = tenth / 3_000.0;
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"time\":\"").append(time).append("\",\"lat\":")
                    .append(Math.round((45 + client * 0.5 + Math.sin(angle)) * 1e5) / 1e5)
                    .append(",\"lon\":").append(Math.round((5 + Math.cos(angle) * 2) * 1e5) / 1e5)
                    .append(",\"altitudeFt\":").append(41_000 - (int) (tenth % 20) * 5)
                    .append(",\"groundSpeedKt\":").append(460)
                    .append(",\"heading\":").append((int) ((Math.toDegrees(angle) + 90) % 360))
                    .append(",\"source\":\"bench\"}");
        }
        return body.append("]}").toString();
    }

    private long storedPositions() throws Exception {
        try (Connection connection = RawInsertBaseline.connect(bench.settings);
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from aircraft_position")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
