package com.jetops.query.fleet.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.elasticsearch.client.ResponseException;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSearchResult;
import com.jetops.api.aircraft.SearchAircraftQuery;
import com.jetops.api.reference.Airports;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchProperties;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The {@code aircraft} search index. Each document carries the aggregate's sequence number as
 * an external version, so a replayed or redelivered event is refused by Elasticsearch itself
 * and can never overwrite newer state.
 */
@Component
@ProcessingGroup(AircraftSearchProjection.PROCESSING_GROUP)
class AircraftSearchProjection {
    private static final Logger log = LoggerFactory.getLogger(AircraftSearchProjection.class);
    static final String PROCESSING_GROUP = "aircraft-search";
    private static final List<String> SEARCH_FIELDS = List.of("tailNumber^4", "model^3", "manufacturer^2",
            "typeDesignator^2", "baseAirport^2", "baseAirportIata^2", "baseAirportCity", "baseAirportName",
            "amenities");
    private static final List<String> HIGHLIGHT_FIELDS = List.of("tailNumber", "model", "manufacturer",
            "typeDesignator", "baseAirport", "baseAirportIata", "baseAirportCity", "baseAirportName", "amenities");

    private final ElasticsearchClient client;
    private final Airports airports;
    private final SearchIndex index;

    AircraftSearchProjection(ElasticsearchClient client, Airports airports, SearchProperties properties) {
        this.client = client;
        this.airports = airports;
        this.index = new SearchIndex(client, properties, "aircraft", 1);
    }

    /** Create the index before the first event needs it; if Elasticsearch is down, the first write will. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareIndex() {
        try {
            index.ensureExists();
        } catch (RuntimeException e) {
            log.warn("Elasticsearch not ready at start-up ({}); the aircraft index is created on first write", e.toString());
        }
    }

    @EventHandler
    void on(AircraftRegisteredEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) throws IOException {
        AircraftDocument document = AircraftDocument.registered(event,
                airports.find(event.baseAirport()).orElse(null), sequenceNumber, at);
        write(document);
    }

    private void write(AircraftDocument document) throws IOException {
        index.ensureExists();
        try {
            client.index(i -> i.index(index.alias())
                    .id(document.aircraftId())
                    .document(document)
                    // external versions must be > 0; sequence numbers start at 0
                    .versionType(VersionType.External)
                    .version(document.version() + 1));
        } catch (ElasticsearchException | ResponseException e) {
            if (!SearchIndex.isVersionConflict(e)) {
                throw e;
            }
            // The index already holds this version or a newer one: a redelivery, nothing to do.
        }
    }

    @ResetHandler
    void reset() {
        index.dropForRebuild();
    }

    @QueryHandler
    AircraftSearchResult search(SearchAircraftQuery query) throws IOException {
        index.ensureExists();
        SearchResponse<AircraftDocument> response = client.search(s -> s
                .index(index.alias())
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b
                        .should(sh -> sh.multiMatch(m -> m.query(query.text()).fields(SEARCH_FIELDS)
                                .fuzziness("AUTO")))
                        .should(sh -> sh.multiMatch(m -> m.query(query.text()).fields(SEARCH_FIELDS)
                                .type(TextQueryType.PhrasePrefix)))
                        .minimumShouldMatch("1")))
                .highlight(h -> {
                    HIGHLIGHT_FIELDS.forEach(field -> h.fields(field, f -> f));
                    return h.requireFieldMatch(false);
                }), AircraftDocument.class);
        List<AircraftSearchResult.Hit> hits = response.hits().hits().stream()
                .map(AircraftSearchProjection::toHit)
                .toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new AircraftSearchResult(hits, query.page(), query.size(), total);
    }

    private static AircraftSearchResult.Hit toHit(Hit<AircraftDocument> hit) {
        return new AircraftSearchResult.Hit(hit.source().toView(), hit.score() == null ? 0 : hit.score(),
                hit.highlight());
    }
}
