package com.jetops.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every latency of a run, kept whole (a run has at most a few hundred thousand), and its percentiles. */
final class Latencies {
    private long[] nanos = new long[4096];
    private int count;

    synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The q-quantile (0..1) in milliseconds, nearest rank; NaN when nothing was recorded. */
    synchronized double millis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    /** p50, p95, p99 and max in milliseconds, for the report. */
    Map<String, Double> summary() {
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("p50", millis(0.50));
        summary.put("p95", millis(0.95));
        summary.put("p99", millis(0.99));
        summary.put("max", millis(1.0));
        return summary;
    }
}
