package com.jetops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import com.jetops.platform.security.TokenMinter;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
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
    final java.util.Map<String, java.util.Map<String, Long>> memory = new java.util.LinkedHashMap<>();

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
        resources.watch("command-side", () -> stack.commandSide.running() ? java.util.List.of(stack.commandSide.pid()) : java.util.List.of());
        resources.watch("query-side", () -> stack.querySide.running() ? java.util.List.of(stack.querySide.pid()) : java.util.List.of());
        resources.watch("elasticsearch", () -> settings.elasticsearchPid() > 0 ? java.util.List.of(settings.elasticsearchPid()) : java.util.List.of());
        resources.watch("postgresql", () -> Stack.pidsNamed("postgres"));
        resources.watch("load generator", () -> java.util.List.of(ProcessHandle.current().pid()));
    }

    /** The global index of the newest event (0 when the store is empty). */
    long head() throws java.sql.SQLException {
        try (java.sql.Connection connection = RawInsertBaseline.connect(settings);
             java.sql.ResultSet rows = connection.createStatement().executeQuery(
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
