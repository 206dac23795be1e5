package com.jetops.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenario 5: every projection rebuilt from an event store of at least 1,000,000 events.
 * <p>
 * The store is grown to that size from the events the earlier scenarios wrote through the API:
 * each copy of the booking flow's events (fleet, crew, clients, quotes, bookings, the saga's
 * reservations and assignments) and, if still short, of the command path's, gets fresh ids (the
 * first eight hex digits of every quoted UUID are replaced by the copy's number, so references
 * stay consistent within a copy; sealed personal values keep naming their original subject, whose
 * key opens them). Then the query side starts on an empty read-model schema and empty indices, so
 * every processor replays from the first event, and the admin API is polled until all have caught up.
 */
final class Replay {
    private static final String COPY_EVENTS = """
            insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                type, payload_type, payload_revision, payload, meta_data, time_stamp)
            select nextval('domain_event_entry_seq'), gen_random_uuid()::text,
                   regexp_replace(aggregate_identifier, '^[0-9a-f]{8}-', ? || '-'),
                   sequence_number, type, payload_type, payload_revision,
                   convert_to(regexp_replace(convert_from(payload, 'UTF8'),
                       '"[0-9a-f]{8}-([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"', '"' || ? || '-\\1"', 'g'), 'UTF8'),
                   meta_data, time_stamp
            from domain_event_entry where global_index between ? and ? order by global_index""";

    private final Bench bench;

    Replay(Bench bench) {
        this.bench = bench;
    }

    void run(BookingFlow.Universe bookings, CommandPath.Universe commands) throws Exception {
        Settings settings = bench.settings;
        bench.stack.stop();   // nothing may react to the copies: they are history, not news
        long bookingEvents = bookings.to() - bookings.from() + 1;
        int bookingCopies = (int) Math.max(0, Math.ceil((double) settings.searchBookings() / Math.max(1, bookings.bookings())) - 1);
        long total = bench.head() + bookingCopies * bookingEvents;
        long commandEvents = commands.to() - commands.from() + 1;
        int commandCopies = (int) Math.max(0, Math.ceil((double) (settings.replayEvents() - total) / commandEvents));
        System.out.println("==> scenario 5: growing the event store: " + bookingCopies + " copies of the booking flow ("
                + bookingEvents + " events), " + commandCopies + " of the command path (" + commandEvents + " events)");
        long growStart = System.nanoTime();
        try (Connection connection = RawInsertBaseline.connect(settings);
             PreparedStatement copy = connection.prepareStatement(COPY_EVENTS)) {
            for (int k = 1; k <= bookingCopies + commandCopies; k++) {
                boolean booking = k <= bookingCopies;
                String prefix = String.format("%08x", (booking ? 0x10000000 : 0x20000000) + k);
                copy.setString(1, prefix);
                copy.setString(2, prefix);
                copy.setLong(3, booking ? bookings.from() : commands.from());
                copy.setLong(4, booking ? bookings.to() : commands.to());
                copy.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze domain_event_entry");
                // A rebuild from nothing: the query side's schema (read models, tokens) goes, Flyway recreates it.
                statement.execute("drop schema if exists query cascade");
            }
        }
        long events = bench.head();
        bench.report.detail("replayStoreGrowSeconds", (System.nanoTime() - growStart) / 1e9);
        bench.report.detail("replayBookingCopies", bookingCopies);
        bench.report.detail("replayCommandCopies", commandCopies);
        Api.Answer deleted = bench.elasticsearch.delete("/" + Settings.INDEX_PREFIX + "*");
        if (!deleted.ok()) {
            throw new IllegalStateException("could not delete the benchmark's indices: " + deleted.status());
        }

        System.out.println("==> scenario 5: rebuilding every projection from " + events + " events");
        bench.stack.querySide.start(settings);
        Statements.reset(settings);
        Map<String, Double> cpuBefore = bench.resources.cpu();
        Resources.Profile profile = new Resources.Profile(bench.stack.querySide.pid(),
                settings.resultsDir().resolve("profiles").resolve("replay-query-side.jfr"));
        long start = System.nanoTime();
        JsonNode first = bench.admin.get("/admin/projections").body();
        long postgresFrom = lowest(first, false);
        long searchFrom = lowest(first, true);
        double postgresSeconds = Double.NaN;
        double searchSeconds = Double.NaN;
        JsonNode statuses = first;
        Map<String, Double> processorSeconds = new LinkedHashMap<>();
        // Bounded so the whole benchmark stays within its time; an unfinished rebuild is reported
        // with the rate it reached, never waited out or left out.
        long deadline = start + Duration.ofSeconds(settings.quick() ? 30 : 240).toNanos();
        try (Resources.MemoryPeaks memory = bench.resources.memoryPeaks()) {
            while ((Double.isNaN(postgresSeconds) || Double.isNaN(searchSeconds)) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                statuses = bench.admin.get("/admin/projections").body();
                double elapsed = (System.nanoTime() - start) / 1e9;
                for (JsonNode status : statuses) {
                    if (done(status, events)) {
                        processorSeconds.putIfAbsent(status.path("name").asText(), elapsed);
                    }
                }
                if (Double.isNaN(postgresSeconds) && allDone(statuses, false, events)) {
                    postgresSeconds = elapsed;
                }
                if (Double.isNaN(searchSeconds) && allDone(statuses, true, events)) {
                    searchSeconds = elapsed;
                }
            }
            bench.memory.put("5 replay", memory.peaks());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        bench.report.profile("#### Replay: query-side JVM (CPU share: "
                + Resources.cpuShare(cpuBefore, bench.resources.cpu(), wall) + ")");
        profile.stop(12).forEach(bench.report::profile);
        bench.report.profile("");
        Statements.top(settings, 8).forEach(bench.report::profile);
        bench.report.profile("");
        bench.report.detail("replayProcessorSeconds", processorSeconds);
        rate("events/s into PostgreSQL read models (" + Report.f(events, 0) + " events)", "≥ 20,000", 20_000,
                postgresSeconds, wall, statuses, false, postgresFrom, events);
        rate("events/s into Elasticsearch", "≥ 10,000", 10_000, searchSeconds, wall, statuses, true, searchFrom, events);
        bench.report.note("Replay: all " + statuses.size() + " processors rebuild at once on the same two cores "
                + "(as after a disaster); a group's rate is the events it processed over the time until its last "
                + "processor caught up. The store was grown by copying API-written events with fresh ids ("
                + bookingCopies + " copies of the booking flow, " + commandCopies + " of the command path).");
    }

    /** A group's rate: finished, over the time its last processor took; unfinished, its slowest processor's progress. */
    private void rate(String figure, String target, double goal, double seconds, double wall, JsonNode statuses,
                      boolean search, long from, long events) {
        boolean finished = !Double.isNaN(seconds);
        long reached = finished ? events : lowest(statuses, search);
        double rate = (reached - from) / (finished ? seconds : wall);
        bench.report.row("5 replay", figure, target, Report.f(rate, 0) + (finished ? "" : " (unfinished after "
                + Report.f(wall, 0) + " s: slowest processor at " + Report.f(reached, 0) + ")"), rate >= goal);
    }

    /** The lowest position among PostgreSQL (search = false) or Elasticsearch processors when timing began. */
    private static long lowest(JsonNode statuses, boolean search) {
        long lowest = Long.MAX_VALUE;
        for (JsonNode status : statuses) {
            if (isSearch(status) == search) {
                lowest = Math.min(lowest, Math.max(0, status.path("position").asLong()));
            }
        }
        return lowest == Long.MAX_VALUE ? 0 : lowest;
    }

    private static boolean allDone(JsonNode statuses, boolean search, long events) {
        for (JsonNode status : statuses) {
            if (isSearch(status) == search && !done(status, events)) {
                return false;
            }
        }
        return true;
    }

    private static boolean done(JsonNode status, long events) {
        return status.path("position").asLong() >= events && !status.path("searchIndex").path("building").asBoolean(false);
    }

    private static boolean isSearch(JsonNode status) {
        return status.hasNonNull("searchIndex") && !status.path("searchIndex").isMissingNode();
    }
}
