package com.jetops.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.security.Role;
import com.jetops.platform.security.PermissionMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the query side's OpenAPI document, called by the anonymous caller and by
 * every role: each must have a permission rule (a new endpoint without one fails here), the
 * anonymous caller gets 401, a role the rule leaves out gets 403, a role it names gets past
 * authorization (anything but 401 and 403: a 404 for an object that is not theirs is fine).
 */
@QuerySideIntegrationTest
class PermissionMatrixIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    record Operation(String method, String template) {
    }

    private List<Operation> operations() throws Exception {
        HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).as("the API document is public").isEqualTo(200);
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    operations.add(new Operation(method.toUpperCase(), path.getKey())));
        }
        return operations;
    }

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsExactlyWhatItSays() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);
        List<String> mismatches = new ArrayList<>();
        for (Operation operation : operations) {
            String path = operation.template().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            var rule = PermissionMatrix.ruleFor(operation.method(), path);
            if (rule.isEmpty()) {
                mismatches.add(operation + ": no permission rule");
                continue;
            }
            boolean open = rule.get().access() == PermissionMatrix.Access.PUBLIC;
            int anonymous = status(operation.method(), path, null);
            if (open ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                mismatches.add(operation + " anonymous: " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = status(operation.method(), path, TestTokens.bearer(role, UUID.randomUUID().toString()));
                boolean allowed = rule.get().allows(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    mismatches.add(operation + " as " + role + ": " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * The status only; streams are closed as soon as their headers arrive. A stream that sends no
     * headers within 3 s (SSE waiting for its first event) is being served: a refusal is immediate.
     */
    private int status(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(3)).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (java.net.http.HttpTimeoutException servedSlowly) {
            return 200;
        }
    }
}
