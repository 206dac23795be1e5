package com.jetops.query.maintenance.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.maintenance.DefectDeferredEvent;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemRecurredEvent;
import com.jetops.api.maintenance.MaintenanceStatus;
import com.jetops.api.maintenance.MaintenanceWorkCancelledEvent;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import com.jetops.query.search.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** The {@code maintenance} search index: description, AD number, kind, status and the last provider. */
@Component
@ProcessingGroup(MaintenanceSearchProjection.PROCESSING_GROUP)
public class MaintenanceSearchProjection {
    static final int MAPPING_VERSION = 1;
    static final String PROCESSING_GROUP = "maintenance-search-v" + MAPPING_VERSION;

    private final SearchIndex index;
    private final VersionedDocuments documents;

    MaintenanceSearchProjection(ElasticsearchClient client, SearchIndexes indexes) {
        this.index = indexes.register("maintenance", MAPPING_VERSION, PROCESSING_GROUP);
        this.documents = new VersionedDocuments(client, index);
    }

    @EventHandler
    void on(MaintenanceItemOpenedEvent event, @SequenceNumber long sequence) throws IOException {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("type", "maintenance");
        document.put("maintenanceItemId", event.maintenanceItemId().value());
        document.put("aircraftId", event.aircraftId().value());
        document.put("kind", event.kind().name());
        document.put("adNumber", event.adNumber());
        document.put("description", event.description());
        document.put("status", MaintenanceStatus.PLANNED.name());
        documents.create(event.maintenanceItemId().value(), document, sequence);
    }

    @EventHandler
    void on(DefectDeferredEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.maintenanceItemId().value(), sequence, MaintenanceStatus.DEFERRED);
    }

    @EventHandler
    void on(MaintenanceWorkStartedEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.maintenanceItemId().value(), sequence, MaintenanceStatus.IN_WORK);
    }

    @EventHandler
    void on(MaintenanceWorkCancelledEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.maintenanceItemId().value(), sequence, MaintenanceStatus.PLANNED);
    }

    @EventHandler
    void on(MaintenanceItemCompletedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.maintenanceItemId().value(), sequence, document -> {
            document.put("status", MaintenanceStatus.COMPLETED.name());
            document.put("provider", event.provider());
        });
    }

    @EventHandler
    void on(MaintenanceItemRecurredEvent event, @SequenceNumber long sequence) throws IOException {
        status(event.maintenanceItemId().value(), sequence, MaintenanceStatus.PLANNED);
    }

    @ResetHandler
    void reset() {
        index.beginRebuild();
    }

    private void status(String id, long sequence, MaintenanceStatus status) throws IOException {
        documents.update(id, sequence, document -> document.put("status", status.name()));
    }
}
