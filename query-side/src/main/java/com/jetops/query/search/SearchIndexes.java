package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Every search index of the query side, by the processing group that fills it. */
@Component
public class SearchIndexes {
    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private final ObjectProvider<EventStore> eventStore;
    private final Map<String, SearchIndex> byProcessingGroup = new ConcurrentSkipListMap<>();

    SearchIndexes(ElasticsearchClient client, SearchProperties properties, ObjectProvider<EventStore> eventStore) {
        this.client = client;
        this.properties = properties;
        this.eventStore = eventStore;
    }

    /** The index {@code name} in mapping version {@code mappingVersion}, filled by {@code processingGroup}. */
    public SearchIndex register(String name, int mappingVersion, String processingGroup) {
        return byProcessingGroup.computeIfAbsent(processingGroup, group -> new SearchIndex(client,
                properties.indexPrefix(), name, mappingVersion, group, this::head));
    }

    public Optional<SearchIndex> filledBy(String processingGroup) {
        return Optional.ofNullable(byProcessingGroup.get(processingGroup));
    }

    public Collection<SearchIndex> all() {
        return List.copyOf(byProcessingGroup.values());
    }

    private long head() {
        var head = eventStore.getObject().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
