package com.jetops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed-loop load: a fixed number of client threads, each sending its next request as soon as
 * the previous one answered, for a fixed time. Every answer's latency and status is kept.
 */
final class Load {
    /** One request of client {@code client} (0-based); answers what came back. */
    interface Step {
        Api.Answer send(int client, long iteration);
    }

    record Result(long requests, long errors, Map<Integer, Long> statuses, Latencies latencies, double seconds) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private Load() {
    }

    static Result run(int clients, Duration duration, Step step) throws InterruptedException {
        Latencies latencies = new Latencies();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(new Thread(() -> {
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    Api.Answer answer = step.send(client, i);
                    latencies.record(answer.nanos());
                    statuses.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
                }
            }, "load-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        long errors = counts.entrySet().stream().filter(e -> e.getKey() / 100 != 2).mapToLong(Map.Entry::getValue).sum();
        return new Result(latencies.count(), errors, counts, latencies, seconds);
    }

    /**
     * Sends {@code count} set-up requests over {@code clients} threads; any answer that is not
     * 2xx stops the benchmark (set-up data the API refuses would make every figure meaningless).
     */
    static void each(int clients, int count, IntFunction<Api.Answer> step) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                    Api.Answer answer = step.apply(i);
                    if (!answer.ok()) {
                        failure.compareAndSet(null, "set-up request " + i + " answered " + answer.status() + ": " + answer.body());
                    }
                }
            }, "setup-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }
}
