package com.jetops.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 3: quotes and bookings end to end (quote → book → the fulfilment saga reserves the
 * aircraft and a legal crew → CONFIRMED) on the demo fleet scaled to 200 aircraft and 600 crew.
 */
final class BookingFlow {
    /** The events the flow appended (global indices [from, to]) and the bookings among them. */
    record Universe(long from, long to, long bookings) {
    }

    private final Bench bench;

    BookingFlow(Bench bench) {
        this.bench = bench;
    }

    Universe run() throws Exception {
        Settings settings = bench.settings;
        long from = bench.head() + 1;
        int aircraft = settings.bookingAircraft();
        System.out.println("==> scenario 3: " + aircraft + " aircraft, " + settings.bookingCrew() + " crew, "
                + settings.bookingClientsCount() + " clients");
        Load.each(16, aircraft, i -> bench.commands.post("/aircraft", Fixtures.aircraft(String.format("BB%05d", i), i)));
        // Three crew per aircraft: a captain and a first officer rated on its type, a cabin attendant; same base.
        Load.each(16, settings.bookingCrew(), i -> hireQualified(i, i / 3));
        String[] clients = new String[settings.bookingClientsCount()];
        Load.each(8, clients.length, i -> {
            Api.Answer answer = bench.commands.post("/clients", Fixtures.client(i));
            clients[i] = answer.text("clientId");
            return answer;
        });
        awaitFirstQuote(clients[0]);

        System.out.println("==> scenario 3: " + settings.bookingClients() + " clients quoting and booking for "
                + settings.bookingTime().toSeconds() + " s");
        Latencies booked = new Latencies();
        Set<String> bookingIds = ConcurrentHashMap.newKeySet();
        AtomicLong bookErrors = new AtomicLong();
        Instant start = Instant.now();
        Load.Result quotes;
        try (Resources.MemoryPeaks memory = bench.resources.memoryPeaks()) {
            quotes = Load.run(settings.bookingClients(), settings.bookingTime(), (client, iteration) -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int passengers = 1 + random.nextInt(4);
                List<String> airports = Fixtures.AIRPORTS;
                String origin = airports.get(random.nextInt(airports.size()));
                String destination = airports.get((airports.indexOf(origin) + 1 + random.nextInt(airports.size() - 1)) % airports.size());
                Instant departure = Instant.now().plus(3, ChronoUnit.DAYS).plus(random.nextInt(90 * 24), ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.HOURS);
                Api.Answer quote = bench.commands.post("/flights/quote",
                        Fixtures.quote(clients[random.nextInt(clients.length)], origin, destination, departure, passengers));
                if (quote.ok()) {
                    Api.Answer booking = bench.commands.post("/flights", Fixtures.booking(quote.text("quoteId"), passengers));
                    booked.record(booking.nanos());
                    if (booking.ok()) {
                        bookingIds.add(booking.text("bookingId"));
                    } else {
                        bookErrors.incrementAndGet();
                    }
                }
                return quote;
            });
            Map<String, Long> outcome = awaitSettled(Duration.ofSeconds(settings.quick() ? 30 : 120));
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            bench.memory.put("3 booking flow", memory.peaks());
            long confirmed = outcome.getOrDefault("CONFIRMED", 0L);
            Map<String, Double> quoteLatency = quotes.latencies().summary();
            Report report = bench.report;
            report.row("3 booking flow", "quotes/s (" + settings.bookingClients() + " clients)", "(no target)",
                    Report.f(quotes.perSecond(), 1), null);
            report.row("3 booking flow", "quote p50 / p99 ms", "p99 ≤ 100",
                    Report.f(quoteLatency.get("p50"), 1) + " / " + Report.f(quoteLatency.get("p99"), 1),
                    quoteLatency.get("p99") <= 100);
            report.row("3 booking flow", "book (202) p50 / p99 ms", "(no target)",
                    Report.f(booked.millis(0.5), 1) + " / " + Report.f(booked.millis(0.99), 1), null);
            report.row("3 booking flow", "confirmed bookings/s (saga, end to end)", "(no target)",
                    Report.f(confirmed / seconds, 1) + " (" + confirmed + " confirmed, "
                            + outcome.getOrDefault("REJECTED", 0L) + " rejected)", null);
            report.row("3 booking flow", "errors (quote non-2xx, book non-2xx)", "0",
                    quotes.errors() + " of " + quotes.requests() + ", " + bookErrors.get(),
                    quotes.errors() == 0 && bookErrors.get() == 0);
            report.detail("quoteStatuses", quotes.statuses());
            report.detail("quoteLatencyMs", quoteLatency);
            report.detail("bookLatencyMs", booked.summary());
            report.detail("bookingOutcomes", outcome);
            return new Universe(from, bench.head(), bookingIds.size());
        }
    }

    private Api.Answer hireQualified(int index, int aircraftIndex) {
        String position = switch (index % 3) {
            case 0 -> "CAPTAIN";
            case 1 -> "FIRST_OFFICER";
            default -> "FLIGHT_ATTENDANT";
        };
        Map<String, Object> body = new HashMap<>(Fixtures.crewMember(index, position));
        body.put("baseAirport", Fixtures.AIRPORTS.get(aircraftIndex % Fixtures.AIRPORTS.size()));
        Api.Answer hired = bench.commands.post("/crew", body);
        if (!hired.ok()) {
            return hired;
        }
        String crew = "/crew/" + hired.text("crewMemberId");
        String nextYear = LocalDate.now().plusYears(1).toString();
        List<Api.Answer> answers = position.equals("FLIGHT_ATTENDANT")
                ? List.of(bench.commands.post(crew + "/training", Map.of("course", "Cabin safety recurrent",
                        "completedOn", LocalDate.now().minusMonths(2).toString(), "nextDueOn", nextYear)))
                : List.of(
                        bench.commands.post(crew + "/licences", Map.of("kind",
                                position.equals("CAPTAIN") ? "AIRLINE_TRANSPORT_PILOT" : "COMMERCIAL_PILOT",
                                "number", "FAA-" + (5_000_000 + index), "issuingAuthority", "FAA",
                                "expiresOn", LocalDate.now().plusYears(4).toString())),
                        bench.commands.post(crew + "/medical", Map.of("medicalClass", 1, "expiresOn", nextYear)),
                        bench.commands.post(crew + "/type-ratings", Map.of("typeDesignator", Fixtures.typeOf(aircraftIndex))),
                        bench.commands.post(crew + "/training", Map.of("course", Fixtures.typeOf(aircraftIndex)
                                + " recurrent simulator", "completedOn", LocalDate.now().minusMonths(1).toString(),
                                "nextDueOn", nextYear)));
        return answers.stream().filter(a -> !a.ok()).findFirst().orElse(hired);
    }

    /** The booking context learns the fleet from events: wait (bounded) until it quotes at all. */
    private void awaitFirstQuote(String clientId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Api.Answer answer = null;
        while (System.nanoTime() < deadline) {
            answer = bench.commands.post("/flights/quote", Fixtures.quote(clientId, "KTEB", "KPBI",
                    Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), 2));
            if (answer.ok()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no quote within 120 s; last answer " + answer.status() + " " + answer.body());
    }

    /** Waits until no booking is still REQUESTED in the read model; answers the count per status. */
    private Map<String, Long> awaitSettled(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> counts = Map.of();
        while (System.nanoTime() < deadline) {
            bench.awaitProjections(Duration.ofMinutes(5));
            counts = new TreeMap<>();
            try (Connection connection = RawInsertBaseline.connect(bench.settings);
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select status, count(*) from query.flight_booking group by status")) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            if (!counts.containsKey("REQUESTED")) {
                return counts;
            }
            Thread.sleep(250);
        }
        return counts;
    }
}
