package com.jetops.system;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static com.jetops.system.ChaosStack.json;
import static com.jetops.system.WalkingSkeletonIT.aircraftJson;
import static com.jetops.system.WalkingSkeletonIT.uniqueTail;

/**
 * Writers that keep going while a scenario breaks something: each registers aircraft and records
 * flight legs on its own aircraft, and remembers exactly which writes were acknowledged (2xx), so
 * a scenario can look each one up afterwards. Failures are counted by kind, never retried.
 */
final class ChaosLoad implements AutoCloseable {
    /** An acknowledged flight leg: its aircraft and its block-off time, unique per aircraft. */
    record Leg(String aircraftId, Instant blockOff, int airborneMinutes) {
    }

    private static final Instant LEG_ORIGIN = Instant.now().minus(700, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    private final ChaosStack stack;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> writers = new ArrayList<>();
    final AtomicLong tried = new AtomicLong();
    final Queue<String> aircraft = new ConcurrentLinkedQueue<>();
    final Queue<Leg> legs = new ConcurrentLinkedQueue<>();
    /** Refusals and failures by HTTP status ("no answer" when the connection failed). */
    final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    /** Slowest answer of any kind, in ms: a hang shows here. */
    final AtomicLong slowestMs = new AtomicLong();

    ChaosLoad(ChaosStack stack, int threads) {
        this.stack = stack;
        for (int i = 0; i < threads; i++) {
            Thread writer = new Thread(this::write, "chaos-writer-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    private void write() {
        List<String> mine = new ArrayList<>();
        long legNumber = 0;
        while (running.get()) {
            boolean register = mine.isEmpty() || legNumber % 5 == 4;
            long started = System.nanoTime();
            HttpResponse<String> answer;
            if (register) {
                answer = attempt("/aircraft", aircraftJson(uniqueTail(), "Chaos " + UUID.randomUUID().toString().substring(0, 4)));
                if (acknowledged(answer)) {
                    String id = json(answer).get("aircraftId").asText();
                    mine.add(id);
                    aircraft.add(id);
                }
            } else {
                String aircraftId = mine.get((int) (legNumber % mine.size()));
                Instant blockOff = LEG_ORIGIN.plus(legNumber * 120, ChronoUnit.MINUTES);
                int airborne = 40 + (int) (legNumber % 50);
                answer = attempt("/aircraft/" + aircraftId + "/flight-legs", """
                        {"from":"KHPN","to":"KTEB","blockOff":"%s","blockOn":"%s","airborneMinutes":%d,"cycles":1}"""
                        .formatted(blockOff, blockOff.plus(airborne + 15, ChronoUnit.MINUTES), airborne));
                if (acknowledged(answer)) {
                    legs.add(new Leg(aircraftId, blockOff, airborne));
                }
            }
            legNumber++;
            slowestMs.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            // Paced, and slower while the service is down: the load must not starve a restarting
            // process of the machine's two cores (this is not the benchmark).
            pause(answer == null || answer.statusCode() >= 500 ? 100 : 20);
        }
    }

    private HttpResponse<String> attempt(String path, String body) {
        tried.incrementAndGet();
        HttpResponse<String> answer = stack.command(path, body);
        if (!acknowledged(answer)) {
            failures.computeIfAbsent(answer == null ? "no answer" : String.valueOf(answer.statusCode()),
                    status -> new AtomicLong()).incrementAndGet();
        }
        return answer;
    }

    private static boolean acknowledged(HttpResponse<String> answer) {
        return answer != null && answer.statusCode() / 100 == 2;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long acknowledged() {
        return aircraft.size() + legs.size();
    }

    /** Acknowledged writes whose event is not in the store. */
    List<String> lostFromStore() {
        List<String> lost = new ArrayList<>();
        for (String id : aircraft) {
            if (!ChaosStack.eventTypes(id).contains("AircraftRegisteredEvent")) {
                lost.add("aircraft " + id);
            }
        }
        for (Leg leg : legs) {
            long stored = ChaosStack.count("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%.FlightLegRecordedEvent' and convert_from(payload, 'UTF8') like ?",
                    leg.aircraftId(), "%\"blockOff\":\"" + leg.blockOff() + "\"%");
            if (stored != 1) {
                lost.add("leg " + leg + " stored " + stored + " times");
            }
        }
        return lost;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread writer : writers) {
            writer.join(60_000);
        }
    }
}
