package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.common.Require;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One search box over aircraft, bookings, clients, crew and maintenance items: fuzzy full text
 * across tail numbers, models, names, companies, e-mails, route and base airports by ICAO, IATA
 * or city, type ratings, defect descriptions and AD numbers; filtered by type
 * and status; with counts per type and status (facets) and the matched text highlighted.
 */
@RestController
@RequestMapping("/search")
@Tag(name = "Search", description = "Full-text search across aircraft, bookings, clients, crew and maintenance (Elasticsearch)")
class SearchController {
    /** The searchable types and their index names (before the configured prefix). */
    enum Type {
        AIRCRAFT("aircraft"), BOOKING("bookings"), CLIENT("clients"), CREW("crew"), MAINTENANCE("maintenance");

        private final String index;

        Type(String index) {
            this.index = index;
        }
    }

    private static final List<String> FIELDS = List.of("tailNumber^4", "name^3", "companyName^3", "model^3",
            "email^2", "airports^2", "airportIatas^2", "airportCities", "route", "manufacturer^2", "typeDesignator^2",
            "baseAirport^2", "baseAirportIata^2", "baseAirportCity", "city", "amenities", "employeeId^3",
            "typeRatings^2", "description^2", "adNumber^3", "provider");
    /** Passenger names are personal data: only the roles that may read a manifest search and see them. */
    private static final String PASSENGER_NAMES = "passengerNames";
    private static final java.util.Set<Role> MANIFEST_READERS = java.util.EnumSet.of(Role.SUPER_ADMIN,
            Role.OPERATIONS_MANAGER, Role.CLIENT_SERVICES);
    private static final Pattern STATUS = Pattern.compile("[A-Z_]{1,30}");

    /** One hit: its type, id, score, the stored document and the highlighted fragments. */
    record SearchHit(Type type, String id, double score, ObjectNode document, Map<String, List<String>> highlight) {

        SearchHit withoutPassengerNames() {
            ObjectNode copy = document == null ? null : document.deepCopy();
            if (copy != null) {
                copy.remove(PASSENGER_NAMES);
            }
            Map<String, List<String>> fragments = new LinkedHashMap<>(highlight);
            fragments.remove(PASSENGER_NAMES);
            return new SearchHit(type, id, score, copy, fragments);
        }
    }

    record SearchResult(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets, int page, int size) {
    }

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    SearchController(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Search aircraft, bookings, clients, crew and maintenance items; type and status narrow it; facets count hits per "
            + "type and status; answers 503 while Elasticsearch is unreachable")
    SearchResult search(@RequestParam("q") String text,
                        @RequestParam(required = false) Type type,
                        @RequestParam(required = false) String status,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "20") int size) throws IOException {
        String q = Require.searchText(text, "q", 200).strip();
        Require.that(status, s -> s == null || STATUS.matcher(s).matches(), "status", "status is a status name, e.g. CONFIRMED");
        Require.that(size, s -> s >= 1 && s <= 100, "size", "size must be between 1 and 100");
        Require.that(page, p -> p >= 0 && (long) (p + 1) * size <= 10_000, "page", "results reach 10,000 hits deep at most");
        boolean manifestReader = Caller.current().map(caller -> MANIFEST_READERS.contains(caller.role())).orElse(false);
        List<String> fields = manifestReader ? java.util.stream.Stream.concat(FIELDS.stream(),
                java.util.stream.Stream.of(PASSENGER_NAMES + "^2")).toList() : FIELDS;
        List<String> indices = (type == null ? Arrays.stream(Type.values()) : java.util.stream.Stream.of(type))
                .map(t -> properties.indexPrefix() + t.index).toList();
        SearchResponse<ObjectNode> response = client.search(s -> s
                .index(indices)
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .from(page * size)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(query -> query.bool(b -> {
                    b.should(sh -> sh.multiMatch(m -> m.query(q).fields(fields).fuzziness("AUTO").lenient(true)))
                            .should(sh -> sh.multiMatch(m -> m.query(q).fields(fields).type(TextQueryType.PhrasePrefix)
                                    .lenient(true)))
                            .minimumShouldMatch("1");
                    if (status != null) {
                        b.filter(f -> f.term(t -> t.field("status").value(status)));
                    }
                    return b;
                }))
                .aggregations("type", a -> a.terms(t -> t.field("_index").size(10)))
                .aggregations("status", a -> a.terms(t -> t.field("status").size(30)))
                .highlight(h -> {
                    fields.forEach(field -> h.fields(field.replaceAll("\\^\\d+$", ""), f -> f));
                    return h.requireFieldMatch(false);
                }), ObjectNode.class);
        List<SearchHit> hits = response.hits().hits().stream().map(this::hit)
                .map(hit -> manifestReader ? hit : hit.withoutPassengerNames()).toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", counts(response, "type", true));
        facets.put("status", counts(response, "status", false));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(hits, total, facets, page, size);
    }

    private SearchHit hit(Hit<ObjectNode> hit) {
        Type type = typeOf(hit.index());
        return new SearchHit(type, hit.id(), hit.score() == null ? 0 : hit.score(), hit.source(), hit.highlight());
    }

    /** Hits name the physical index (clients-v1-1763802000000): its alias tells the type. */
    private Type typeOf(String index) {
        String name = index.substring(properties.indexPrefix().length()).replaceAll("-v\\d+(-\\d+)?$", "");
        return Arrays.stream(Type.values()).filter(t -> t.index.equals(name)).findFirst().orElseThrow();
    }

    private Map<String, Long> counts(SearchResponse<ObjectNode> response, String name, boolean indexNames) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (response.aggregations().get(name) == null) {
            return counts;   // no index exists yet: nothing to count
        }
        for (StringTermsBucket bucket : response.aggregations().get(name).sterms().buckets().array()) {
            String key = bucket.key().stringValue();
            counts.put(indexNames ? typeOf(key).name() : key, bucket.docCount());
        }
        return counts;
    }
}
