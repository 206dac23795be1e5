package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Writes one index's documents with the aggregate's sequence number as external version, so a
 * replayed or redelivered event is refused by Elasticsearch itself and never overwrites newer
 * state; an update reads the document, skips a change already applied and writes it back.
 */
public class VersionedDocuments {
    private final ElasticsearchClient client;
    private final SearchIndex index;

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
        GetResponse<ObjectNode> stored = client.get(g -> g.index(index.writeAlias()).id(id), ObjectNode.class);
        if (!stored.found() || stored.source() == null) {
            // Events of one aggregate arrive in order: failing makes the processor retry, not lose it.
            throw new IllegalStateException("search document " + id + " missing at sequence " + sequence);
        }
        ObjectNode document = stored.source();
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
}
