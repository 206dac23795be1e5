package com.jetops.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sizes and where things are. The full run follows issue 7's scenarios; --quick shrinks every size
 * so CI proves the harness works in under two minutes (its figures mean nothing).
 */
record Settings(boolean quick, String jdbcUrl, String dbUser, String dbPassword, String elasticsearchUrl,
                Path keysDir, Path commandSideJar, Path querySideJar, String appJavaOptions, long elasticsearchPid,
                Path resultsDir, String machine,
                Duration baselineTime, int baselineClients,
                int commandAggregates, int commandClients, Duration commandTime,
                int bookingAircraft, int bookingCrew, int bookingClientsCount, int bookingClients, Duration bookingTime,
                int flatEvents, int flatSamples,
                long replayEvents, long searchBookings,
                int searchClients, Duration searchTime,
                int positionClients, Duration positionTime) {

    static final String INDEX_PREFIX = "bench-";

    static Settings from(List<String> args, Map<String, String> env) {
        boolean quick = args.contains("--quick");
        Path root = Path.of(env.getOrDefault("JETOPS_ROOT", ".")).toAbsolutePath().normalize();
        String machine = env.getOrDefault("JETOPS_BENCH_MACHINE", Runtime.getRuntime().availableProcessors() + " cores");
        return new Settings(quick,
                env.getOrDefault("JETOPS_BENCH_JDBC_URL", "jdbc:postgresql://localhost:5432/jetops_bench"),
                env.getOrDefault("JETOPS_BENCH_DB_USER", "jetops"),
                env.getOrDefault("JETOPS_BENCH_DB_PASSWORD", "jetops"),
                env.getOrDefault("JETOPS_BENCH_ES_URL", "http://localhost:9200"),
                Path.of(env.getOrDefault("JETOPS_KEYS_DIR", root.resolve(".jetops/keys").toString())),
                root.resolve("command-side/target/command-side.jar"),
                root.resolve("query-side/target/query-side.jar"),
                env.getOrDefault("JETOPS_APP_JAVA_OPTS", "-Xms256m -Xmx640m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m"),
                Long.parseLong(env.getOrDefault("JETOPS_BENCH_ES_PID", "-1")),
                root.resolve("bench/results"),
                machine,
                Duration.ofSeconds(quick ? 3 : 10), 16,
                quick ? 200 : 10_000, 32, Duration.ofSeconds(quick ? 5 : 60),
                quick ? 12 : 200, quick ? 36 : 600, quick ? 4 : 50, 16, Duration.ofSeconds(quick ? 5 : 60),
                quick ? 2_000 : 100_000, quick ? 50 : 500,
                quick ? 10_000 : 1_000_000, quick ? 500 : 100_000,
                32, Duration.ofSeconds(quick ? 5 : 30),
                quick ? 4 : 8, Duration.ofSeconds(quick ? 5 : 30));
    }
}
