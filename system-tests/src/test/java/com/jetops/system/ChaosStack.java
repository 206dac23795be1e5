package com.jetops.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.jetops.system.WalkingSkeletonIT.OPERATIONS;

/**
 * The real stack the fault-injection scenarios break: both app jars as their own processes, the
 * query side reaching Elasticsearch through a proxy the scenarios can cut, PostgreSQL restartable
 * through bin/jetops. Only the rate limits are lifted (one load generator on one address).
 */
final class ChaosStack implements AutoCloseable {
    private static final String TEST_DB_URL = System.getenv().getOrDefault("JETOPS_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/jetops_test");
    /** A database of its own, made afresh: the replay comparison must see only what these scenarios wrote. */
    static final String DB_URL = TEST_DB_URL.replaceFirst("/[^/?]+(\\?|$)", "/jetops_chaos$1");
    static final URI ES = URI.create(System.getenv().getOrDefault("JETOPS_TEST_ES_URL", "http://localhost:9200"));
    static final String INDEX_PREFIX = "chaos-";
    /** Short, so the slow-commit scenario can hold a transaction open for twice as long. */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final TcpProxy elasticsearch;
    final AppProcess commandSide;
    final AppProcess querySide;

    ChaosStack() throws Exception {
        try (Connection db = DriverManager.getConnection(TEST_DB_URL, "jetops", "jetops");
             java.sql.Statement statement = db.createStatement()) {
            statement.execute("drop database if exists jetops_chaos with (force)");
            statement.execute("create database jetops_chaos");
        }
        HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(ES.resolve("/" + INDEX_PREFIX + "*?ignore_unavailable=true"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (deleted.statusCode() != 200) {
            throw new IllegalStateException("could not delete the chaos indices: " + deleted.body());
        }
        elasticsearch = new TcpProxy(AppProcess.freePort(), ES.getHost(), ES.getPort());
        elasticsearch.up();
        List<String> common = List.of("--spring.datasource.url=" + DB_URL,
                "--jetops.event-store.gap-timeout=" + GAP_TIMEOUT.toSeconds() + "s",
                "--jetops.web.user-requests-per-minute=100000000",
                "--jetops.web.address-requests-per-minute=100000000");
        commandSide = new AppProcess("command-side", "jetops.commandSideJar", common);
        List<String> query = new ArrayList<>(common);
        query.addAll(List.of("--spring.elasticsearch.uris=http://127.0.0.1:" + elasticsearch.port(),
                "--jetops.search.index-prefix=" + INDEX_PREFIX));
        querySide = new AppProcess("query-side", "jetops.querySideJar", query);
        commandSide.start();
        querySide.start();
    }

    @Override
    public void close() throws Exception {
        querySide.stop();
        commandSide.stop();
        elasticsearch.close();
    }

    // --- HTTP as an Operations Manager -------------------------------------------------------

    static HttpResponse<String> send(String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", OPERATIONS).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;   // no answer at all: the caller counts it as not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    HttpResponse<String> command(String path, String body) {
        return send("POST", commandSide.baseUrl() + path, body);
    }

    HttpResponse<String> query(String path) {
        return send("GET", querySide.baseUrl() + path, null);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    // --- what is stored -------------------------------------------------------------------

    static long count(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(DB_URL, "jetops", "jetops");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static List<String> strings(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(DB_URL, "jetops", "jetops");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Event types of one aggregate, in order, without their package. */
    static List<String> eventTypes(String aggregateId) {
        return strings("select regexp_replace(payload_type, '^.*\\.', '') from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", aggregateId);
    }

    /** Every projection has processed the head as it is now, without error, and no index is being rebuilt. */
    boolean caughtUp() {
        HttpResponse<String> answer = query("/admin/projections");
        if (answer == null || answer.statusCode() != 200) {
            return false;
        }
        for (JsonNode status : json(answer)) {
            boolean building = status.path("searchIndex").path("building").asBoolean(false);
            if (!status.get("running").asBoolean() || status.get("error").asBoolean()
                    || status.get("lag").asLong() > 0 || building) {
                return false;
            }
        }
        return true;
    }

    void awaitCaughtUp(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!caughtUp()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("projections not caught up within " + timeout + ": "
                        + query("/admin/projections").body());
            }
            Thread.sleep(250);
        }
    }

    // --- PostgreSQL itself -------------------------------------------------------------------

    /** Stops PostgreSQL (fast shutdown: every connection cut), keeps it down, starts it again. */
    static void restartPostgres(Duration down) throws Exception {
        String cli = System.getenv().getOrDefault("JETOPS_CLI", Path.of("..", "bin", "jetops").toAbsolutePath().toString());
        Path log = Path.of("target", "system-logs", "pg-restart.log");
        Files.createDirectories(log.getParent());
        Process restart = new ProcessBuilder(cli, "pg-restart", String.valueOf(down.toSeconds()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!restart.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) || restart.exitValue() != 0) {
            throw new IllegalStateException("bin/jetops pg-restart failed; see " + log);
        }
    }
}
