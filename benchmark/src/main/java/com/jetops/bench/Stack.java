package com.jetops.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two app jars, started by the benchmark as bin/jetops starts them (same JVM flags) but on a
 * database and index prefix of their own, so a run never touches the local stack's data.
 */
final class Stack {
    /** One running app. */
    static final class App {
        final String name;
        final int port;
        private final Path jar;
        private final List<String> arguments;
        private Process process;

        App(String name, Path jar, List<String> arguments) {
            this.name = name;
            this.jar = jar;
            this.port = freePort();
            this.arguments = arguments;
        }

        String url() {
            return "http://localhost:" + port;
        }

        long pid() {
            return process.pid();
        }

        boolean running() {
            return process != null && process.isAlive();
        }

        void start(Settings settings) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(settings.appJavaOptions().trim().split("\\s+")));
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            Path log = settings.resultsDir().resolve("logs").resolve(name + ".log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited during start; see " + log);
                }
                try {
                    HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException starting) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " not healthy within 180 s; see " + log);
        }

        void stop() throws InterruptedException {
            if (running()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    final App commandSide;
    final App querySide;

    Stack(Settings settings) {
        List<String> common = List.of(
                "--spring.datasource.url=" + settings.jdbcUrl(),
                "--spring.elasticsearch.uris=" + settings.elasticsearchUrl(),
                "--jetops.security.public-key=file:" + settings.keysDir().resolve("jwt-public.pem"),
                // One load generator on one address is not abuse: the per-user and per-address
                // limits are lifted for the benchmark's own instances (and only for them).
                "--jetops.web.user-requests-per-minute=100000000",
                "--jetops.web.address-requests-per-minute=100000000");
        List<String> command = new ArrayList<>(common);
        command.add("--jetops.security.private-key=file:" + settings.keysDir().resolve("jwt-private.pem"));
        List<String> query = new ArrayList<>(common);
        query.add("--jetops.search.index-prefix=" + Settings.INDEX_PREFIX);
        commandSide = new App("command-side", settings.commandSideJar(), command);
        querySide = new App("query-side", settings.querySideJar(), query);
    }

    void stop() throws InterruptedException {
        querySide.stop();
        commandSide.stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resident set size of a process in MiB (VmRSS), or -1 when it is gone. */
    static long rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds (user + system) a process has used so far, or 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Every process whose executable is named {@code name} (PostgreSQL's postmaster and backends). */
    static List<Long> pidsNamed(String name) {
        List<Long> pids = new ArrayList<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String pid = entry.getFileName().toString();
                if (!pid.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readString(entry.resolve("comm")).strip().equals(name)) {
                        pids.add(Long.parseLong(pid));
                    }
                } catch (IOException gone) {
                    // exited while listed
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pids;
    }
}
