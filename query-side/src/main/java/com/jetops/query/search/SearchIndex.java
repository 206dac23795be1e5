package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One logical index: clients read and write the alias ({@code aircraft}); the alias points at a
 * versioned index ({@code aircraft-v2}) created from an explicit mapping file. A new mapping
 * version gets a new index and takes the alias over; its projection refills it from the events.
 */
public class SearchIndex {
    private final ElasticsearchClient client;
    private final String alias;
    private final String versionedName;
    private final String mappingResource;
    private volatile boolean ready;

    public SearchIndex(ElasticsearchClient client, SearchProperties properties, String name, int mappingVersion) {
        this.client = client;
        this.alias = properties.indexPrefix() + name;
        this.versionedName = alias + "-v" + mappingVersion;
        this.mappingResource = "/elasticsearch/" + name + "-v" + mappingVersion + ".json";
    }

    public String alias() {
        return alias;
    }

    public String versionedName() {
        return versionedName;
    }

    /**
     * Creates the versioned index and its alias if missing. Called before writes rather than at
     * start-up, so the app starts (and serves PostgreSQL reads) while Elasticsearch is down.
     */
    public void ensureExists() {
        if (ready) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(versionedName)).value()) {
                try (InputStream mapping = SearchIndex.class.getResourceAsStream(mappingResource)) {
                    if (mapping == null) {
                        throw new IllegalStateException("missing mapping " + mappingResource);
                    }
                    client.indices().create(CreateIndexRequest.of(c -> c.index(versionedName).withJson(mapping)));
                } catch (ElasticsearchException e) {
                    // Another segment or node created it first: that is the state we want.
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            pointAliasHere();
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves the alias to this index in one atomic step, away from an older mapping version's
     * index (kept, so a rollback only needs the alias moved back).
     */
    private void pointAliasHere() throws IOException {
        List<String> holders = new ArrayList<>();
        try {
            holders.addAll(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        if (holders.equals(List.of(versionedName))) {
            return;
        }
        client.indices().updateAliases(u -> {
            holders.stream().filter(holder -> !holder.equals(versionedName))
                    .forEach(holder -> u.actions(a -> a.remove(r -> r.index(holder).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(versionedName).alias(alias).isWriteIndex(true)));
        });
    }

    /** Drops the index for a full rebuild; the next write recreates it empty. */
    public void dropForRebuild() {
        try {
            client.indices().delete(d -> d.index(versionedName).ignoreUnavailable(true));
            ready = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Elasticsearch refused a write because it holds the same or a newer external version.
     * Depending on the call, the client reports that as an API error or as the low-level
     * client's ResponseException.
     */
    public static boolean isVersionConflict(Exception e) {
        if (e instanceof ElasticsearchException api) {
            return api.status() == 409;
        }
        return e instanceof ResponseException response && response.getResponse().getStatusLine().getStatusCode() == 409;
    }
}
