package com.jetops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import com.jetops.platform.security.TokenMinter;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every scenario shares: the settings, the running apps, API clients, the report. */
final class Bench {
    final Settings settings;
    final Stack stack;
    final Report report;
    final Resources resources = new Resources();
    final Api commands;
    final Api queries;
    final Api admin;
    final Api elasticsearch;
    /** Peak resident memory per process, per scenario run under load. */
    final Map<String, Map<String, Long>> memory = new LinkedHashMap<>();

    Bench(Settings settings, Stack stack, Report report) throws IOException {
        this.settings = settings;
        this.stack = stack;
        this.report = report;
        TokenMinter minter;
        try (InputStream pem = new FileInputStream(settings.keysDir().resolve("jwt-private.pem").toFile())) {
            minter = new TokenMinter(pem, "jetops", "jetops-api");
        }
        // Real RS256 tokens the apps verify on every request, signed with the development key.
        String operations = minter.mint(new Caller(UUID.randomUUID().toString(), "bench-ops@jetops.local",
                Role.OPERATIONS_MANAGER, null, false, null), Duration.ofHours(2));
        String superAdmin = minter.mint(new Caller(UUID.randomUUID().toString(), "bench-admin@jetops.local",
                Role.SUPER_ADMIN, null, true, null), Duration.ofHours(2));
        commands = new Api(stack.commandSide.url(), () -> operations);
        queries = new Api(stack.querySide.url(), () -> operations);
        admin = new Api(stack.querySide.url(), () -> superAdmin);
        elasticsearch = new Api(settings.elasticsearchUrl(), () -> null);
        resources.watch("command-side", () -> pidOf(stack.commandSide));
        resources.watch("query-side", () -> pidOf(stack.querySide));
        resources.watch("elasticsearch", () -> settings.elasticsearchPid() > 0 ? List.of(settings.elasticsearchPid()) : List.of());
        resources.watch("postgresql", () -> Stack.pidsNamed("postgres"));
        resources.watch("load generator", () -> List.of(ProcessHandle.current().pid()));
    }

    private static List<Long> pidOf(Stack.App app) {
        return app.running() ? List.of(app.pid()) : List.of();
    }

    /** The global index of the newest event (0 when the store is empty). */
    long head() throws SQLException {
        try (Connection connection = RawInsertBaseline.connect(settings);
             ResultSet rows = connection.createStatement().executeQuery(
                     "select coalesce(max(global_index), 0) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits until every projection has processed the head of the event store (and search indices serve). */
    void awaitProjections(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Answer answer = admin.get("/admin/projections");
            if (answer.ok() && caughtUp(answer.body())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("projections did not catch up within " + timeout);
    }

    static boolean caughtUp(JsonNode statuses) {
        for (JsonNode status : statuses) {
            if (!status.path("running").asBoolean() || status.path("error").asBoolean()
                    || status.path("position").asLong() < status.path("head").asLong()
                    || status.path("searchIndex").path("building").asBoolean(false)) {
                return false;
            }
        }
        return statuses.size() > 0;
    }
}
