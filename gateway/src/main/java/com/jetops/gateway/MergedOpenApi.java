package com.jetops.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document for the whole API, as a client of the gateway sees it: the two services'
 * documents merged path by path (a path like /aircraft has its POST on one side and its GET on the
 * other). A schema name both define differently keeps the command side's meaning; the query side's
 * one is renamed with a "View" suffix and its references rewritten, so no operation points at the
 * wrong shape. Fetched on demand and kept for a short while.
 */
@Hidden
@RestController
class MergedOpenApi {
    private static final Duration KEEP = Duration.ofSeconds(30);

    private final GatewayProperties properties;
    private final ObjectMapper json;
    private final RestClient http;
    private final Clock clock;
    private volatile ObjectNode merged;
    private volatile Instant mergedAt = Instant.EPOCH;

    MergedOpenApi(GatewayProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(timeouts).build();
        this.clock = Clock.systemUTC();
    }

    @GetMapping(value = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> document() {
        ObjectNode current = merged;
        if (current == null || mergedAt.plus(KEEP).isBefore(clock.instant())) {
            try {
                current = merge(fetch(properties.commandUri()), fetch(properties.queryUri()));
            } catch (RestClientException unreachable) {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header("Retry-After", "5")
                        .body(Problems.body(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                                "An app's API document could not be read; retry shortly.", "/v3/api-docs"));
            }
            merged = current;
            mergedAt = clock.instant();
        }
        return ResponseEntity.ok(current);
    }

    private JsonNode fetch(URI service) {
        return http.get().uri(service.resolve("/v3/api-docs")).retrieve().body(JsonNode.class);
    }

    ObjectNode merge(JsonNode command, JsonNode query) {
        ObjectNode result = json.createObjectNode();
        result.put("openapi", command.path("openapi").asText("3.0.1"));
        ObjectNode info = result.putObject("info");
        info.put("title", "JetOps API");
        info.put("description", "Every operation of JetOps through its gateway: sign-in and writes are served by the "
                + "command side, reads, search, audit and live feeds by the query side.");
        info.put("version", command.path("info").path("version").asText("1"));
        result.putArray("servers").addObject().put("url", "/").put("description", "this gateway");

        ObjectNode queryCopy = query.deepCopy();
        Set<String> renamed = renameConflictingSchemas(command, queryCopy);

        ObjectNode paths = result.putObject("paths");
        addPaths(paths, command.path("paths"));
        addPaths(paths, queryCopy.path("paths"));

        ObjectNode components = result.putObject("components");
        addComponents(components, command.path("components"));
        addComponents(components, queryCopy.path("components"));

        ArrayNode tags = result.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        for (JsonNode doc : new JsonNode[]{command, queryCopy}) {
            for (JsonNode tag : doc.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }
        JsonNode security = command.has("security") ? command.get("security") : queryCopy.get("security");
        if (security != null) {
            result.set("security", security);
        }
        if (!renamed.isEmpty()) {
            ArrayNode note = result.putArray("x-jetops-renamed-query-schemas");
            renamed.stream().sorted().forEach(note::add);
        }
        return result;
    }

    private static void addPaths(ObjectNode into, JsonNode paths) {
        paths.fields().forEachRemaining(path -> {
            ObjectNode item = into.has(path.getKey()) ? (ObjectNode) into.get(path.getKey()) : into.putObject(path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                if (!item.has(operation.getKey())) {
                    item.set(operation.getKey(), operation.getValue());
                }
            });
        });
    }

    private static void addComponents(ObjectNode into, JsonNode components) {
        components.fields().forEachRemaining(section -> {
            ObjectNode target = into.has(section.getKey()) ? (ObjectNode) into.get(section.getKey()) : into.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(entry -> {
                if (!target.has(entry.getKey())) {
                    target.set(entry.getKey(), entry.getValue());
                }
            });
        });
    }

    /** Renames, in place in {@code query}, every schema defined differently by both documents. */
    private static Set<String> renameConflictingSchemas(JsonNode command, ObjectNode query) {
        JsonNode commandSchemas = command.path("components").path("schemas");
        JsonNode querySchemas = query.path("components").path("schemas");
        Set<String> conflicting = new HashSet<>();
        querySchemas.fieldNames().forEachRemaining(name -> {
            if (commandSchemas.has(name) && !commandSchemas.get(name).equals(querySchemas.get(name))) {
                conflicting.add(name);
            }
        });
        if (conflicting.isEmpty()) {
            return conflicting;
        }
        rewriteReferences(query, conflicting);
        ObjectNode schemas = (ObjectNode) querySchemas;
        for (String name : conflicting) {
            schemas.set(name + "View", schemas.remove(name));
        }
        return conflicting;
    }

    private static void rewriteReferences(JsonNode node, Set<String> conflicting) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    String ref = field.getValue().asText();
                    String prefix = "#/components/schemas/";
                    if (ref.startsWith(prefix) && conflicting.contains(ref.substring(prefix.length()))) {
                        field.setValue(TextNode.valueOf(ref + "View"));
                    }
                } else {
                    rewriteReferences(field.getValue(), conflicting);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteReferences(element, conflicting));
        }
    }
}
