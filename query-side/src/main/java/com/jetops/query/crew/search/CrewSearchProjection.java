package com.jetops.query.crew.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewMemberUpdatedEvent;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import com.jetops.api.reference.Airports;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import com.jetops.query.search.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** The {@code crew} search index: name, employee id, position, base by ICAO, IATA or city, type ratings. */
@Component
@ProcessingGroup(CrewSearchProjection.PROCESSING_GROUP)
public class CrewSearchProjection {
    static final int MAPPING_VERSION = 1;
    static final String PROCESSING_GROUP = "crew-search-v" + MAPPING_VERSION;

    private final SearchIndex index;
    private final VersionedDocuments documents;
    private final Airports airports;

    CrewSearchProjection(ElasticsearchClient client, SearchIndexes indexes, Airports airports) {
        this.index = indexes.register("crew", MAPPING_VERSION, PROCESSING_GROUP);
        this.documents = new VersionedDocuments(client, index);
        this.airports = airports;
    }

    @EventHandler
    void on(CrewMemberHiredEvent event, @SequenceNumber long sequence) throws IOException {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("type", "crew");
        document.put("crewMemberId", event.crewMemberId().value());
        document.put("employeeId", event.employeeId());
        document.put("position", event.position().name());
        document.put("status", "EMPLOYED");
        document.putArray("typeRatings");
        person(document, event.name(), event.baseAirport());
        documents.create(event.crewMemberId().value(), document, sequence);
    }

    @EventHandler
    void on(CrewMemberUpdatedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.crewMemberId().value(), sequence, document -> person(document, event.name(),
                event.baseAirport()));
    }

    @EventHandler
    void on(CrewMemberReleasedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.crewMemberId().value(), sequence, document -> document.put("status", "RELEASED"));
    }

    @EventHandler
    void on(TypeRatingRecordedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.crewMemberId().value(), sequence, document -> {
            ArrayNode ratings = document.withArray("typeRatings");
            boolean known = false;
            for (var rating : ratings) {
                known |= rating.asText().equals(event.typeDesignator());
            }
            if (!known) {
                ratings.add(event.typeDesignator());
            }
        });
    }

    @ResetHandler
    void reset() {
        index.beginRebuild();
    }

    private void person(ObjectNode document, String name, IcaoCode base) {
        document.put("name", name);
        document.put("baseAirport", base.value());
        airports.find(base).ifPresent(airport -> {
            document.put("baseAirportIata", airport.iata());
            document.put("baseAirportCity", airport.municipality());
        });
    }
}
