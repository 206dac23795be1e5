package com.jetops.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Scenario 7: 32 clients on GET /search and GET /flights filters over the rebuilt read models. */
final class SearchReads {
    private static final List<String> WORDS = List.of("Challenger", "Gulfstream", "Phenom", "Benchmark", "KTEB",
            "KASE", "Latitude", "Global", "Miami", "Falcon");
    private static final List<String> STATUSES = List.of("CONFIRMED", "REJECTED", "REQUESTED");

    private final Bench bench;

    SearchReads(Bench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        Settings settings = bench.settings;
        long bookings = count("select count(*) from query.flight_booking");
        long indexed = bench.elasticsearch.get("/" + Settings.INDEX_PREFIX + "bookings/_count").body().path("count").asLong();
        System.out.println("==> scenario 7: " + settings.searchClients() + " clients searching " + indexed
                + " indexed bookings for " + settings.searchTime().toSeconds() + " s");
        Latencies search = new Latencies();
        Latencies flights = new Latencies();
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Load.Result result;
        Map<String, Double> cpuBefore = bench.resources.cpu();
        try (Resources.MemoryPeaks memory = bench.resources.memoryPeaks()) {
            result = Load.run(settings.searchClients(), settings.searchTime(), (client, iteration) -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                if (iteration % 2 == 0) {
                    String word = WORDS.get(random.nextInt(WORDS.size()));
                    Api.Answer answer = bench.queries.get("/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
                    search.record(answer.nanos());
                    return answer;
                }
                Instant from = today.plus(random.nextInt(90), ChronoUnit.DAYS);
                String filter = switch (random.nextInt(3)) {
                    case 0 -> "status=" + STATUSES.get(random.nextInt(STATUSES.size()));
                    case 1 -> "airport=" + Fixtures.AIRPORTS.get(random.nextInt(Fixtures.AIRPORTS.size()));
                    default -> "from=" + from + "&to=" + from.plus(7, ChronoUnit.DAYS);
                };
                Api.Answer answer = bench.queries.get("/flights?" + filter + "&size=20");
                flights.record(answer.nanos());
                return answer;
            });
            bench.memory.put("7 search and reads", memory.peaks());
        }
        bench.report.profile("#### Search and reads: CPU share " + Resources.cpuShare(cpuBefore, bench.resources.cpu(), result.seconds()));
        Map<String, Double> all = result.latencies().summary();
        bench.report.row("7 search and reads", "requests/s (32 clients; " + Report.f(indexed, 0) + " bookings indexed, "
                + Report.f(bookings, 0) + " in PostgreSQL)", "(no target)", Report.f(result.perSecond(), 0), null);
        bench.report.row("7 search and reads", "GET /search p50 / p99 ms", "p99 ≤ 50",
                Report.f(search.millis(0.5), 1) + " / " + Report.f(search.millis(0.99), 1), search.millis(0.99) <= 50);
        bench.report.row("7 search and reads", "GET /flights p50 / p99 ms", "p99 ≤ 50",
                Report.f(flights.millis(0.5), 1) + " / " + Report.f(flights.millis(0.99), 1), flights.millis(0.99) <= 50);
        bench.report.row("7 search and reads", "errors (non-2xx)", "0", result.errors() + " of " + result.requests(),
                result.errors() == 0);
        if (indexed < settings.searchBookings()) {
            bench.report.note("Search and reads ran with " + indexed + " bookings indexed, not the " + settings.searchBookings()
                    + " planned: the replay had not finished, so its processors were still writing while the searches ran.");
        }
        bench.report.detail("searchStatuses", result.statuses());
        bench.report.detail("searchLatencyMs", search.summary());
        bench.report.detail("flightsLatencyMs", flights.summary());
        bench.report.detail("readsLatencyMs", all);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = RawInsertBaseline.connect(bench.settings);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
