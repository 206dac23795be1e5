package com.jetops.bench;

import java.util.Map;

/** Scenario 8: each process's peak resident memory over the scenarios that ran under load. */
final class Memory {
    private Memory() {
    }

    static void report(Bench bench) {
        for (String process : new String[]{"command-side", "query-side", "elasticsearch"}) {
            long peak = -1;
            String where = "";
            for (Map.Entry<String, Map<String, Long>> scenario : bench.memory.entrySet()) {
                long rss = scenario.getValue().getOrDefault(process, 0L);
                if (rss > peak) {
                    peak = rss;
                    where = scenario.getKey();
                }
            }
            bench.report.row("8 memory", process + " peak RSS MiB (during " + where + ")", "≤ 768",
                    peak <= 0 ? "not measured" : String.valueOf(peak), peak > 0 && peak <= 768);
        }
        bench.report.detail("memoryPeaksMib", bench.memory);
    }
}
