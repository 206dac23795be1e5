package com.jetops.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scenario 2 (32 clients, small commands to 10,000 aircraft through REST for 60 s) with scenario 4
 * measured under it: a probe records a flight leg every 200 ms and times until the PostgreSQL
 * read model and the Elasticsearch index show that version.
 */
final class CommandPath {
    /** The events this scenario appended: global indices [from, to]. */
    record Universe(long from, long to) {
    }

    private final Bench bench;

    CommandPath(Bench bench) {
        this.bench = bench;
    }

    Universe run(double baseline) throws Exception {
        Settings settings = bench.settings;
        int aggregates = settings.commandAggregates();
        long from = bench.head() + 1;
        System.out.println("==> scenario 2: registering " + aggregates + " aircraft");
        String[] ids = new String[aggregates];
        long seedStart = System.nanoTime();
        Load.each(16, aggregates, i -> {
            Api.Answer answer = bench.commands.post("/aircraft", Fixtures.aircraft(String.format("BC%06d", i), i));
            ids[i] = answer.text("aircraftId");
            return answer;
        });
        double registrations = aggregates / ((System.nanoTime() - seedStart) / 1e9);
        Api.Answer probeAircraft = bench.commands.post("/aircraft", Fixtures.aircraft("BPROBE1", 0));
        String probe = probeAircraft.text("aircraftId");
        bench.awaitProjections(Duration.ofMinutes(5));

        System.out.println("==> scenario 2: " + settings.commandClients() + " clients for " + settings.commandTime().toSeconds() + " s");
        Instant legOrigin = Instant.now().minus(100, ChronoUnit.DAYS);
        Instant blackoutOrigin = Instant.now().plus(400, ChronoUnit.DAYS);
        int clients = settings.commandClients();
        int perClient = aggregates / clients;
        int[] counters = new int[aggregates];
        AtomicBoolean loadRunning = new AtomicBoolean(true);
        Latencies pgLag = new Latencies();
        Latencies esLag = new Latencies();
        Thread lagProbe = new Thread(() -> probeLag(probe, legOrigin, loadRunning, pgLag, esLag), "lag-probe");
        Map<String, Double> cpuBefore = bench.resources.cpu();
        Statements.reset(settings);
        Load.Result result;
        try (Resources.MemoryPeaks memory = bench.resources.memoryPeaks()) {
            Resources.Profile profile = new Resources.Profile(bench.stack.commandSide.pid(),
                    settings.resultsDir().resolve("profiles").resolve("command-path-command-side.jfr"));
            lagProbe.start();
            // Client c sends only to its own aircraft (c, c + 32, …): no two clients race on one aggregate.
            result = Load.run(clients, settings.commandTime(), (client, iteration) -> {
                int index = client + clients * (int) (iteration % perClient);
                int n = counters[index]++;
                return n % 2 == 0
                        ? bench.commands.post("/aircraft/" + ids[index] + "/flight-legs", Fixtures.flightLeg(legOrigin, n, index))
                        : bench.commands.post("/aircraft/" + ids[index] + "/availability", Fixtures.blackout(blackoutOrigin, n));
            });
            loadRunning.set(false);
            lagProbe.join();
            bench.memory.put("2 command path", memory.peaks());
            bench.report.profile("#### Command path: command-side JVM (CPU share: "
                    + Resources.cpuShare(cpuBefore, bench.resources.cpu(), result.seconds()) + ")");
            profile.stop(12).forEach(bench.report::profile);
            bench.report.profile("");
            Statements.top(settings, 8).forEach(bench.report::profile);
            bench.report.profile("");
        }
        Report report = bench.report;
        Map<String, Double> latency = result.latencies().summary();
        report.row("2 command path", "commands/s (32 clients, " + aggregates + " aircraft)", "≥ 2,000",
                Report.f(result.perSecond(), 0), result.perSecond() >= 2000);
        report.row("2 command path", "ratio to raw limit", "≥ 0.12", Report.f(result.perSecond() / baseline, 3),
                result.perSecond() / baseline >= 0.12);
        report.row("2 command path", "p50 / p95 / p99 / max ms", "p99 ≤ 50",
                Report.f(latency.get("p50"), 1) + " / " + Report.f(latency.get("p95"), 1) + " / "
                        + Report.f(latency.get("p99"), 1) + " / " + Report.f(latency.get("max"), 1),
                latency.get("p99") <= 50);
        report.row("2 command path", "errors (non-2xx)", "0", result.errors() + " of " + result.requests(),
                result.errors() == 0);
        report.row("4 projection lag", "PostgreSQL p50 / p99 ms (" + pgLag.count() + " probes)", "p99 ≤ 250",
                Report.f(pgLag.millis(0.5), 0) + " / " + Report.f(pgLag.millis(0.99), 0), pgLag.millis(0.99) <= 250);
        report.row("4 projection lag", "Elasticsearch p50 / p99 ms", "p99 ≤ 1,500",
                Report.f(esLag.millis(0.5), 0) + " / " + Report.f(esLag.millis(0.99), 0), esLag.millis(0.99) <= 1500);
        report.detail("aircraftRegistrationsPerSecond", registrations);
        report.detail("commandPathStatuses", result.statuses());
        report.detail("commandPathLatencyMs", latency);
        report.detail("projectionLagPostgresMs", pgLag.summary());
        report.detail("projectionLagElasticsearchMs", esLag.summary());
        return new Universe(from, bench.head());
    }

    /** One probe at a time, every 200 ms while the load runs; lag = first read showing the version − the 2xx. */
    private void probeLag(String aircraftId, Instant legOrigin, AtomicBoolean loadRunning, Latencies pg, Latencies es) {
        for (long n = 0; loadRunning.get(); n++) {
            Api.Answer written = bench.commands.post("/aircraft/" + aircraftId + "/flight-legs",
                    Fixtures.flightLeg(legOrigin, n, 0));
            long acknowledged = System.nanoTime();
            if (!written.ok()) {
                continue;   // the load's own error count shows refusals; a probe needs a written event
            }
            long version = written.body().path("version").asLong();
            boolean pgSeen = false;
            boolean esSeen = false;
            long deadline = acknowledged + Duration.ofSeconds(15).toNanos();
            while ((!pgSeen || !esSeen) && System.nanoTime() < deadline) {
                if (!pgSeen && readVersion(aircraftId) >= version) {
                    pgSeen = true;
                    pg.record(System.nanoTime() - acknowledged);
                }
                if (!esSeen && searchVersion(aircraftId) >= version) {
                    esSeen = true;
                    es.record(System.nanoTime() - acknowledged);
                }
                sleep(5);
            }
            sleep(200);
        }
    }

    private long readVersion(String aircraftId) {
        Api.Answer answer = bench.queries.get("/aircraft/" + aircraftId);
        return answer.ok() ? answer.body().path("version").asLong(-1) : -1;
    }

    /** The version a search (not a realtime get) finds for the aircraft: only what a refresh made visible. */
    private long searchVersion(String aircraftId) {
        Api.Answer answer = bench.elasticsearch.post("/" + Settings.INDEX_PREFIX + "aircraft/_search",
                Map.of("query", Map.of("ids", Map.of("values", List.of(aircraftId))), "version", true,
                        "_source", false));
        if (!answer.ok()) {
            return -1;
        }
        com.fasterxml.jackson.databind.JsonNode hits = answer.body().path("hits").path("hits");
        return hits.isEmpty() ? -1 : hits.get(0).path("_version").asLong(-1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
