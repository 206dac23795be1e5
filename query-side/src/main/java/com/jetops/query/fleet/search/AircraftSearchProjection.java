package com.jetops.query.fleet.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.aircraft.AircraftDetailsUpdatedEvent;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftRetiredEvent;
import com.jetops.api.aircraft.AircraftReturnedToServiceEvent;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.MaintenanceHoldPlacedEvent;
import com.jetops.api.aircraft.AircraftSearchResult;
import com.jetops.api.aircraft.SearchAircraftQuery;
import com.jetops.api.reference.Airports;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import com.jetops.query.search.VersionedDocuments;
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
import java.util.function.Consumer;

/**
 * The {@code aircraft} search index. Each document carries the aggregate's sequence number as
 * an external version, so a replayed or redelivered event is refused by Elasticsearch itself
 * and can never overwrite newer state.
 */
@Component
@ProcessingGroup(AircraftSearchProjection.PROCESSING_GROUP)
class AircraftSearchProjection {
    private static final Logger log = LoggerFactory.getLogger(AircraftSearchProjection.class);
    /**
     * The mapping version names both the index and the processing group: a new mapping means a
     * new, empty processor that rebuilds the new index from the first event.
     */
    static final int MAPPING_VERSION = 2;
    static final String PROCESSING_GROUP = "aircraft-search-v" + MAPPING_VERSION;
    private static final List<String> SEARCH_FIELDS = List.of("tailNumber^4", "model^3", "manufacturer^2",
            "typeDesignator^2", "baseAirport^2", "baseAirportIata^2", "baseAirportCity", "baseAirportName",
            "amenities");
    private static final List<String> HIGHLIGHT_FIELDS = List.of("tailNumber", "model", "manufacturer",
            "typeDesignator", "baseAirport", "baseAirportIata", "baseAirportCity", "baseAirportName", "amenities");

    private final ElasticsearchClient client;
    private final Airports airports;
    private final SearchIndex index;
    private final VersionedDocuments documents;

    AircraftSearchProjection(ElasticsearchClient client, Airports airports, SearchIndexes indexes) {
        this.client = client;
        this.airports = airports;
        this.index = indexes.register("aircraft", MAPPING_VERSION, PROCESSING_GROUP);
        this.documents = new VersionedDocuments(client, index);
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

    @EventHandler
    void on(AircraftDetailsUpdatedEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> {
            var spec = event.specification();
            document.put("manufacturer", spec.manufacturer());
            document.put("model", spec.model());
            document.put("typeDesignator", spec.typeDesignator());
            document.put("category", spec.category().name());
            document.put("yearOfManufacture", spec.yearOfManufacture());
            document.put("seatingCapacity", spec.seatingCapacity());
            document.put("rangeNm", spec.rangeNm());
            document.put("cruiseSpeedKt", spec.cruiseSpeedKt());
            document.putObject("hourlyRate")
                    .put("amount", spec.hourlyRate().amount().toPlainString())
                    .put("currency", spec.hourlyRate().currency().getCurrencyCode());
            ArrayNode amenities = document.putArray("amenities");
            event.amenities().stream().sorted().forEach(amenities::add);
            document.put("interiorConfiguration", event.interiorConfiguration());
        });
    }

    @EventHandler
    void on(AircraftOwnerAssignedEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> document.put("ownerId", event.ownerId()));
    }

    @EventHandler
    void on(AircraftGroundedEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> document.put("status", AircraftStatus.GROUNDED.name()));
    }

    @EventHandler
    void on(MaintenanceHoldPlacedEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> document.put("status", AircraftStatus.GROUNDED.name()));
    }

    @EventHandler
    void on(AircraftReturnedToServiceEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> document.put("status", AircraftStatus.AVAILABLE.name()));
    }

    @EventHandler
    void on(AircraftRetiredEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> document.put("status", AircraftStatus.RETIRED.name()));
    }

    @EventHandler
    void on(FlightLegRecordedEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> {
            document.put("airborneMinutes", document.path("airborneMinutes").asLong() + event.airborneMinutes());
            document.put("cycles", document.path("cycles").asLong() + event.cycles());
            JsonNode lastBlockOn = document.get("lastBlockOn");
            if (lastBlockOn == null || lastBlockOn.isNull()
                    || event.blockOn().isAfter(Instant.parse(lastBlockOn.asText()))) {
                document.put("lastBlockOn", event.blockOn().toString());
                document.put("currentAirport", event.to().value());
            }
        });
    }

    /** A correction keeps the leg's route and its place in the log: only totals and block times change. */
    @EventHandler
    void on(FlightLegCorrectedEvent event, @SequenceNumber long sequenceNumber) throws IOException {
        update(event.aircraftId(), sequenceNumber, document -> {
            document.put("airborneMinutes", document.path("airborneMinutes").asLong() + event.airborneMinutesDelta());
            document.put("cycles", document.path("cycles").asLong() + event.cyclesDelta());
            JsonNode lastBlockOn = document.get("lastBlockOn");
            if (lastBlockOn != null && !lastBlockOn.isNull()
                    && Instant.parse(lastBlockOn.asText()).equals(event.previous().blockOn())) {
                document.put("lastBlockOn", event.corrected().blockOn().toString());
            }
        });
    }

    private void update(AircraftId aircraftId, long sequenceNumber, Consumer<ObjectNode> change) throws IOException {
        documents.update(aircraftId.value(), sequenceNumber, change);
    }

    private void write(AircraftDocument document) throws IOException {
        documents.write(document.aircraftId(), document, document.version());
    }

    @ResetHandler
    void reset() {
        index.beginRebuild();
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
