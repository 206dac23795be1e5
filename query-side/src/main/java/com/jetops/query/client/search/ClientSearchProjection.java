package com.jetops.query.client.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientPersonalDataErasedEvent;
import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientProfileUpdatedEvent;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.VipStatus;
import com.jetops.api.client.VipStatusChangedEvent;
import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import com.jetops.query.search.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** The {@code clients} search index: name, company, e-mail, city, tier and whether the account is open. */
@Component
@ProcessingGroup(ClientSearchProjection.PROCESSING_GROUP)
public class ClientSearchProjection {
    static final int MAPPING_VERSION = 1;
    static final String PROCESSING_GROUP = "clients-search-v" + MAPPING_VERSION;

    private final SearchIndex index;
    private final VersionedDocuments documents;

    ClientSearchProjection(ElasticsearchClient client, SearchIndexes indexes) {
        this.index = indexes.register("clients", MAPPING_VERSION, PROCESSING_GROUP);
        this.documents = new VersionedDocuments(client, index);
    }

    @EventHandler
    void on(ClientRegisteredEvent event, @SequenceNumber long sequence) throws IOException {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("type", "client");
        document.put("clientId", event.clientId().value());
        document.put("vipStatus", VipStatus.STANDARD.name());
        document.put("status", "ACTIVE");
        profile(document, event.profile());
        documents.create(event.clientId().value(), document, sequence);
    }

    @EventHandler
    void on(ClientProfileUpdatedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.clientId().value(), sequence, document -> profile(document, event.profile()));
    }

    @EventHandler
    void on(VipStatusChangedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.clientId().value(), sequence, document -> document.put("vipStatus", event.vipStatus().name()));
    }

    @EventHandler
    void on(ClientDeactivatedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.clientId().value(), sequence, document -> document.put("status", "DEACTIVATED"));
    }

    /** The copy of the name, e-mail and city goes (a replay indexes "[erased]" from the events themselves). */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event, @SequenceNumber long sequence) throws IOException {
        documents.update(event.clientId().value(), sequence, document -> {
            document.put("name", PersonalDataCodec.ERASED_TEXT);
            document.put("email", PersonalDataCodec.ERASED_TEXT);
            document.put("city", PersonalDataCodec.ERASED_TEXT);
            document.put("status", "DEACTIVATED");
        });
    }

    @ResetHandler
    void reset() {
        index.beginRebuild();
    }

    private static void profile(ObjectNode document, ClientProfile profile) {
        document.put("kind", profile.kind().name());
        document.put("name", profile.contact().name());
        document.put("companyName", profile.companyName());
        document.put("email", profile.email());
        document.put("city", profile.billingAddress() == null ? null : profile.billingAddress().city());
        document.put("country", profile.billingAddress() == null ? null : profile.billingAddress().country());
    }
}
