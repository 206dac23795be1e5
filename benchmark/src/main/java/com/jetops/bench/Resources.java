package com.jetops.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the processes cost while a scenario runs: CPU seconds per process (out of the machine's
 * cores × wall time), peak resident memory, and a sampled CPU profile of one app (JFR).
 */
final class Resources {
    private final Map<String, Supplier<List<Long>>> processes = new LinkedHashMap<>();

    void watch(String name, Supplier<List<Long>> pids) {
        processes.put(name, pids);
    }

    /** CPU seconds used so far by each watched process (summed over its pids). */
    Map<String, Double> cpu() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.forEach((name, pids) -> seconds.put(name, pids.get().stream().mapToDouble(Stack::cpuSeconds).sum()));
        return seconds;
    }

    /** Share of the machine's cores each process used between two {@link #cpu()} readings. */
    static Map<String, String> cpuShare(Map<String, Double> before, Map<String, Double> after, double wallSeconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, String> share = new LinkedHashMap<>();
        after.forEach((name, seconds) -> share.put(name,
                Report.f(100 * (seconds - before.getOrDefault(name, 0.0)) / (wallSeconds * cores), 0) + " %"));
        return share;
    }

    /** Samples resident memory every second until closed; keeps each process's peak. */
    final class MemoryPeaks implements AutoCloseable {
        private final Map<String, Long> peaks = new ConcurrentHashMap<>();
        private final Thread sampler;
        private volatile boolean open = true;

        MemoryPeaks() {
            sampler = new Thread(() -> {
                while (open) {
                    processes.forEach((name, pids) -> {
                        long rss = pids.get().stream().mapToLong(Stack::rssMib).filter(v -> v > 0).sum();
                        peaks.merge(name, rss, Math::max);
                    });
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        Map<String, Long> peaks() {
            return new LinkedHashMap<>(peaks);
        }

        @Override
        public void close() {
            open = false;
            sampler.interrupt();
        }
    }

    MemoryPeaks memoryPeaks() {
        return new MemoryPeaks();
    }

    /** A JFR recording of one JVM, started and dumped through jcmd (no restart, no agent). */
    static final class Profile {
        private final long pid;
        private final Path file;

        Profile(long pid, Path file) throws IOException, InterruptedException {
            this.pid = pid;
            this.file = file;
            Files.createDirectories(file.getParent());
            jcmd("JFR.start", "name=bench", "settings=profile");
        }

        /** Stops the recording and answers the top lines: self time by method, and time by library. */
        List<String> stop(int top) throws IOException, InterruptedException {
            jcmd("JFR.dump", "name=bench", "filename=" + file);
            jcmd("JFR.stop", "name=bench");
            Map<String, Integer> methods = new HashMap<>();
            Map<String, Integer> libraries = new HashMap<>();
            int samples = 0;
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                RecordedFrame first = frames.get(0);
                methods.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1, Integer::sum);
                libraries.merge(library(frames), 1, Integer::sum);
            }
            int total = Math.max(1, samples);
            List<String> lines = new ArrayList<>();
            lines.add("Samples: " + samples + " (" + file.getFileName() + ")");
            lines.add("");
            lines.add("| Library (first non-JDK frame) | share of CPU samples |");
            lines.add("|---|---|");
            libraries.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> lines.add("| " + e.getKey() + " | " + Report.f(100.0 * e.getValue() / total, 1) + " % |"));
            lines.add("");
            lines.add("| Hottest methods (self) | share |");
            lines.add("|---|---|");
            methods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> lines.add("| `" + e.getKey() + "` | " + Report.f(100.0 * e.getValue() / total, 1) + " % |"));
            return lines;
        }

        /** The library a sample is spent in: the package (three levels) of its first frame outside the JDK. */
        private static String library(List<RecordedFrame> frames) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                        && !type.startsWith("com.sun.")) {
                    String[] parts = type.split("\\.");
                    return String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
                }
            }
            return "JDK only (" + frames.get(0).getMethod().getType().getName() + ")";
        }

        private void jcmd(String... command) throws IOException, InterruptedException {
            List<String> line = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
            line.addAll(List.of(command));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0 || output.contains("Could not") || output.contains("error")) {
                throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
        }
    }
}
