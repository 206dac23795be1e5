package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes one index's documents with the aggregate's sequence number as external version, so a
 * replayed or redelivered event is refused by Elasticsearch itself and never overwrites newer
 * state; an update reads the document, skips a change already applied and writes it back.
 * <p>
 * Inside an event processor's batch, writes are collected and sent as one bulk request when the
 * batch commits (a failed bulk fails the batch, which is retried; versions make the retry
 * harmless), and an update reads a document written earlier in the batch from that collection.
 */
public class VersionedDocuments {
    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final String batchResource = "search-documents-" + System.identityHashCode(this);

    /** A document waiting for its batch's bulk request, with the sequence number it is versioned by. */
    private record Pending(ObjectNode document, long sequence) {
    }

    public VersionedDocuments(ElasticsearchClient client, SearchIndex index) {
        this.client = client;
        this.index = index;
    }

    public void create(String id, ObjectNode document, long sequence) throws IOException {
        document.put("version", sequence);
        write(id, document, sequence);
    }

    public void update(String id, long sequence, Consumer<ObjectNode> change) throws IOException {
        index.ensureExists();
        Optional<Map<String, Pending>> batch = batch();
        ObjectNode document = batch.map(pending -> pending.get(id)).map(Pending::document).orElse(null);
        if (document == null) {
            GetResponse<ObjectNode> stored = client.get(g -> g.index(index.writeAlias()).id(id), ObjectNode.class);
            if (!stored.found() || stored.source() == null) {
                // Events of one aggregate arrive in order: failing makes the processor retry, not lose it.
                throw new IllegalStateException("search document " + id + " missing at sequence " + sequence);
            }
            document = stored.source();
        }
        if (document.path("version").asLong() >= sequence) {
            return;
        }
        change.accept(document);
        document.put("version", sequence);
        write(id, document, sequence);
    }

    /**
     * Rewrites, each at its own version, every document whose {@code field} is {@code value}: for
     * a change that comes from another aggregate's event (an erasure) and that a replay of the
     * documents' own events reproduces.
     */
    public void rewriteWhere(String field, String value, Consumer<ObjectNode> change) throws IOException {
        index.ensureExists();
        Optional<Map<String, Pending>> batch = batch();
        if (batch.isPresent()) {
            send(batch.get());   // the search below must see what this batch wrote so far
        }
        client.indices().refresh(r -> r.index(index.writeAlias()));
        var hits = client.search(s -> s.index(index.writeAlias()).size(10_000)
                .query(q -> q.term(t -> t.field(field).value(value))), ObjectNode.class).hits().hits();
        for (var hit : hits) {
            ObjectNode document = hit.source();
            change.accept(document);
            long version = document.path("version").asLong();
            client.index(i -> i.index(index.writeAlias()).id(hit.id()).document(document)
                    .versionType(VersionType.ExternalGte).version(version + 1));
        }
    }

    /** Writes a whole document that already carries its version (sequence number). */
    public void write(String id, Object document, long sequence) throws IOException {
        index.ensureExists();
        Optional<Map<String, Pending>> batch = batch();
        if (batch.isPresent()) {
            ObjectNode tree = document instanceof ObjectNode node ? node
                    : ((JacksonJsonpMapper) client._jsonpMapper()).objectMapper().valueToTree(document);
            batch.get().put(id, new Pending(tree, sequence));
            return;
        }
        try {
            // External versions must be > 0; sequence numbers start at 0.
            client.index(i -> i.index(index.writeAlias()).id(id).document(document)
                    .versionType(VersionType.External).version(sequence + 1));
        } catch (ElasticsearchException | ResponseException e) {
            if (!SearchIndex.isVersionConflict(e)) {
                throw e;
            }
            // The index already holds this version or a newer one: a redelivery, nothing to do.
        }
    }

    /** This batch's documents, sent when it commits; empty outside a unit of work (a direct call). */
    private Optional<Map<String, Pending>> batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return Optional.of(root.getOrComputeResource(batchResource, key -> {
            Map<String, Pending> pending = new LinkedHashMap<>();
            root.onPrepareCommit(unitOfWork -> {
                try {
                    send(pending);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return pending;
        }));
    }

    private void send(Map<String, Pending> pending) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = pending.entrySet().stream()
                .map(entry -> BulkOperation.of(b -> b.index(i -> i.index(index.writeAlias()).id(entry.getKey())
                        .document(entry.getValue().document())
                        .versionType(VersionType.External).version(entry.getValue().sequence() + 1))))
                .toList();
        BulkResponse response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // 409: the index already holds this version or a newer one (a redelivery).
                if (item.error() != null && item.status() != 409) {
                    throw new IllegalStateException("search index " + index.writeAlias() + " refused document "
                            + item.id() + ": " + item.error().reason());
                }
            }
        }
        pending.clear();
    }
}
