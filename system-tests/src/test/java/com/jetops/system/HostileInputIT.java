package com.jetops.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.security.Role;
import com.jetops.platform.security.TokenMinter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jetops.system.ChaosStack.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against every operation of both OpenAPI documents, on the real processes:
 * malformed JSON, wrong types, huge numbers, dates far in the future and before 1970, unicode
 * and control characters, SQL and Elasticsearch query syntax, 10 MB bodies. Whatever comes, the
 * answer is never a 5xx; a refusal is problem+json and appends no event.
 */
class HostileInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SUPER_ADMIN = "Bearer " + TokenMinter.development().mint(Role.SUPER_ADMIN, null);
    /** Values that break parsers, validators and query builders. */
    private static final List<Object> HOSTILE = List.of(
            "", " ", "null", "\u0000", "\u001b[2J", "line\nbreak\ttab", "🛩️✈️ مطار 空港", "\u202Eevil", "x".repeat(100_000),
            "'; drop table domain_event_entry; --", "\" OR 1=1 --", "*:* OR _exists_:passportNumber",
            "{\"query\":{\"match_all\":{}}}", "\\", "%00", "../../etc/passwd", "<script>alert(1)</script>",
            "0000-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
            "2026-02-30T25:61:00Z", "not-a-uuid", "KTEB\u0000", "ZZZZ", "-1", "NaN",
            Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, Double.MAX_VALUE, -Double.MAX_VALUE, 1e308,
            new java.math.BigInteger("9".repeat(400)), true, List.of(), List.of(List.of(List.of())), Map.of(),
            Map.of("$ne", 1));
    private static final List<String> MALFORMED = List.of("{", "[1,", "nul", "{\"a\":}", "\u0000", "{\"a\":1}}",
            "{\"a\":\"\\ud800\"}", "{" + "\"a\":{".repeat(2000) + "}".repeat(2001), "1e99999", "[]", "\"text\"");

    private static ChaosStack stack;
    private static List<Operation> operations;

    /** One operation of an OpenAPI document, with the property names of its JSON body. */
    record Operation(String baseUrl, String method, String path, List<String> bodyFields, List<String> queryParameters) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        stack = new ChaosStack();
        operations = new ArrayList<>();
        operations.addAll(operationsOf(stack.commandSide.baseUrl()));
        operations.addAll(operationsOf(stack.querySide.baseUrl()));
    }

    @AfterContainer
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.of(operations);
    }

    @Provide
    Arbitrary<Object> hostileValues() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().all().ofMaxLength(200).map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast));
    }

    @Property(tries = 300)
    void aHostileFieldIsRefusedCleanly(@ForAll("operations") Operation operation, @ForAll("hostileValues") Object value,
                                       @ForAll("hostileValues") Object pathValue) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        for (String field : operation.bodyFields()) {
            body.put(field, "x");
        }
        String target = operation.bodyFields().isEmpty() ? null
                : operation.bodyFields().get(Math.floorMod(value.hashCode(), operation.bodyFields().size()));
        if (target != null) {
            body.set(target, JSON.valueToTree(value));
        }
        String query = operation.queryParameters().isEmpty() ? ""
                : "?" + operation.queryParameters().get(0) + "=" + encode(String.valueOf(value));
        check(operation, fill(operation.path(), pathValue) + query, body.toString());
    }

    @Property(tries = 100)
    void aMalformedBodyIsRefusedCleanly(@ForAll("operations") Operation operation, @ForAll("malformed") String body)
            throws Exception {
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return;
        }
        check(operation, fill(operation.path(), UUID.randomUUID()), body);
    }

    @Provide
    Arbitrary<String> malformed() {
        return Arbitraries.of(MALFORMED);
    }

    @Example
    void tenMegabytesAreRefusedWith413Everywhere() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        for (Operation operation : operations) {
            if (!operation.method().equals("POST") && !operation.method().equals("PUT")) {
                continue;
            }
            long before = count("select count(*) from domain_event_entry");
            HttpResponse<String> answer = send(operation, fill(operation.path(), UUID.randomUUID()), huge);
            assertThat(answer.statusCode()).as(operation + ": " + answer.body()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(operation.toString())
                    .startsWith("application/problem+json");
            assertThat(count("select count(*) from domain_event_entry")).as(operation.toString()).isEqualTo(before);
        }
    }

    /** Never a 5xx; a refusal is problem+json and changed nothing in the event store. */
    private static void check(Operation operation, String pathAndQuery, String body) throws Exception {
        long before = count("select count(*) from domain_event_entry");
        HttpResponse<String> answer = send(operation, pathAndQuery, body);
        String what = operation + " → " + pathAndQuery + " with " + abbreviated(body) + ": " + answer.statusCode()
                + " " + abbreviated(answer.body());
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
                    .startsWith("application/problem+json");
            assertThat(count("select count(*) from domain_event_entry")).as(what).isEqualTo(before);
        }
    }

    private static HttpResponse<String> send(Operation operation, String pathAndQuery, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(operation.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Authorization", SUPER_ADMIN);
        if (body != null && !operation.method().equals("GET") && !operation.method().equals("DELETE")) {
            request.header("Content-Type", "application/json")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every path parameter replaced by the value, URL-encoded (a hostile id, or a random one). */
    private static String fill(String path, Object value) {
        return path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encode(String.valueOf(value))));
    }

    /** URL-encoded and cut to 500 characters: longer request lines are refused by Tomcat before any of our code. */
    private static String encode(String value) {
        String cut = value.length() > 500 ? value.substring(0, 500) : value;
        return URLEncoder.encode(cut, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static List<Operation> operationsOf(String baseUrl) throws Exception {
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(document.body());
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode schema = method.getValue().at("/requestBody/content/application~1json/schema");
                List<String> fields = new ArrayList<>();
                if (schema.has("$ref")) {
                    String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
                    api.at("/components/schemas/" + name + "/properties").fieldNames().forEachRemaining(fields::add);
                }
                List<String> queryParameters = new ArrayList<>();
                method.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asText().equals("query")) {
                        queryParameters.add(parameter.get("name").asText());
                    }
                });
                found.add(new Operation(baseUrl, method.getKey().toUpperCase(), path.getKey(), fields, queryParameters));
            }
        }
        return found;
    }
}
