package com.jetops.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.jetops.system.WalkingSkeletonIT.aircraftJson;
import static com.jetops.system.WalkingSkeletonIT.get;
import static com.jetops.system.WalkingSkeletonIT.post;
import static com.jetops.system.WalkingSkeletonIT.uniqueTail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch cut off from a running query side (a real network cut between the real
 * processes): writes keep succeeding, PostgreSQL reads keep answering, search answers 503
 * problem+json at once; once the connection is back, the index catches up with nothing missing.
 */
class SearchOutageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DB_URL = System.getenv().getOrDefault("JETOPS_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/jetops_test");
    private static final URI ES = URI.create(System.getenv().getOrDefault("JETOPS_TEST_ES_URL", "http://localhost:9200"));

    private static TcpProxy elasticsearch;
    private static AppProcess commandSide;
    private static AppProcess querySide;

    @BeforeAll
    static void startAppsBehindAProxy() throws Exception {
        elasticsearch = new TcpProxy(AppProcess.freePort(), ES.getHost(), ES.getPort());
        elasticsearch.up();
        commandSide = new AppProcess("command-side", "jetops.commandSideJar", List.of("--spring.datasource.url=" + DB_URL));
        querySide = new AppProcess("query-side", "jetops.querySideJar", List.of("--spring.datasource.url=" + DB_URL,
                "--spring.elasticsearch.uris=http://127.0.0.1:" + elasticsearch.port(),
                "--jetops.search.index-prefix=outage-"));
        commandSide.start();
        querySide.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (querySide != null) {
            querySide.stop();
        }
        if (commandSide != null) {
            commandSide.stop();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
    }

    private static String register(String tail) throws Exception {
        HttpResponse<String> created = post(commandSide.baseUrl() + "/aircraft", aircraftJson(tail, "Phenom 300E"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("aircraftId").asText();
    }

    private static boolean searchFinds(String tail, String aircraftId) throws Exception {
        HttpResponse<String> response = get(querySide.baseUrl() + "/search?type=AIRCRAFT&size=100&q=" + tail);
        return response.statusCode() == 200
                && JSON.readTree(response.body()).get("hits").findValuesAsText("id").contains(aircraftId);
    }

    @Test
    void withSearchCutOffWritesAndDatabaseReadsGoOnAndTheIndexCatchesUpAfterwards() throws Exception {
        String before = uniqueTail();
        String beforeId = register(before);
        await().atMost(Duration.ofSeconds(60)).until(() -> searchFinds(before, beforeId));

        elasticsearch.down();
        String during = uniqueTail();
        String duringId = register(during);   // commands never touch Elasticsearch
        HttpResponse<String> read = get(querySide.baseUrl() + "/aircraft/" + duringId + "?minVersion=0");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);   // the fleet read model is PostgreSQL

        Instant asked = Instant.now();
        HttpResponse<String> search = get(querySide.baseUrl() + "/search?q=" + during);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(503);
        assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(search.headers().firstValue("Retry-After")).isPresent();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
        Thread.sleep(3000);   // the search projection fails and retries meanwhile

        elasticsearch.up();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> searchFinds(during, duringId));
        assertThat(searchFinds(before, beforeId)).isTrue();
    }
}
