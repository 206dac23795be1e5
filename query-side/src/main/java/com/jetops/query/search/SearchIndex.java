package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * One logical index behind two aliases. Searches read {@code clients}; the projection writes
 * {@code clients-write}. Both normally point at the same physical index
 * ({@code clients-v1-<created>}, made from the explicit mapping file of that version).
 *
 * <p>A rebuild, or a new mapping version with its new processing group, fills a new physical
 * index through the write alias while the read alias keeps serving the old one, complete and
 * current as of the rebuild's start. Once the processor has passed the event stream's head as
 * it was at that start (kept in the new index's {@code _meta}, so a restart resumes the plan),
 * {@link #completeRebuild} swaps the read alias in one atomic step and drops the old index.
 * The aliases themselves are the persistent state: nothing else has to survive a restart.
 */
public class SearchIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final String alias;
    private final String writeAlias;
    private final String versionedBase;
    private final String mappingResource;
    private final String processingGroup;
    private final LongSupplier eventStreamHead;
    private volatile Layout layout;

    /**
     * Which physical index answers searches and which one receives writes; they differ while a
     * rebuild runs, until the processor reaches {@code catchUpTo} (a global event position).
     */
    public record Layout(String serving, String writing, long catchUpTo) {
        public boolean building() {
            return !serving.equals(writing);
        }
    }

    SearchIndex(ElasticsearchClient client, String prefix, String name, int mappingVersion, String processingGroup,
                LongSupplier eventStreamHead) {
        this.client = client;
        this.alias = prefix + name;
        this.writeAlias = alias + "-write";
        this.versionedBase = alias + "-v" + mappingVersion;
        this.mappingResource = "/elasticsearch/" + name + "-v" + mappingVersion + ".json";
        this.processingGroup = processingGroup;
        this.eventStreamHead = eventStreamHead;
    }

    /** Searches read this alias. */
    public String alias() {
        return alias;
    }

    /** The projection reads back and writes its documents through this alias. */
    public String writeAlias() {
        return writeAlias;
    }

    public String processingGroup() {
        return processingGroup;
    }

    /** The layout as last seen, without asking Elasticsearch; empty until the index was first used. */
    public Optional<Layout> knownLayout() {
        return Optional.ofNullable(layout);
    }

    /**
     * Finds or creates the indices and aliases. Called before writes rather than at start-up, so
     * the app starts (and serves PostgreSQL reads) while Elasticsearch is down.
     */
    public synchronized Layout ensureExists() {
        if (layout != null) {
            return layout;
        }
        try {
            String serving = holderOf(alias);
            String writing = holderOf(writeAlias);
            if (writing != null && !isThisMappingVersion(writing)) {
                writing = null;   // an older mapping version's target: this version fills its own index
            }
            if (writing == null) {
                // This version's index, if it serves already; else a new one, filled while the old serves.
                writing = serving != null && isThisMappingVersion(serving) ? serving
                        : create(serving == null ? OptionalLong.empty() : OptionalLong.of(eventStreamHead.getAsLong()));
                moveWriteAlias(writing);
            }
            if (serving == null) {
                String only = writing;
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(only).alias(alias))));
            }
            String served = serving == null ? writing : serving;
            layout = new Layout(served, writing, served.equals(writing) ? -1 : catchUpToOf(writing));
            return layout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts filling a new, empty index from the first event (a projection's @ResetHandler).
     * Searches keep reading the current index; an unfinished earlier rebuild is abandoned.
     */
    public synchronized void beginRebuild() {
        Layout current = ensureExists();
        long catchUpTo = eventStreamHead.getAsLong();
        try {
            String fresh = create(OptionalLong.of(catchUpTo));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(current.writing()).alias(writeAlias)))
                    .actions(a -> a.add(add -> add.index(fresh).alias(writeAlias))));
            if (current.building()) {
                client.indices().delete(d -> d.index(current.writing()).ignoreUnavailable(true));
            }
            layout = new Layout(current.serving(), fresh, catchUpTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serves the rebuilt index once its processor has reached the planned position: refresh
     * back on, one atomic alias swap, the old index dropped. False while it is not there yet.
     */
    public synchronized boolean completeRebuild(long processorPosition) {
        Layout current = layout;
        if (current == null || !current.building() || processorPosition < current.catchUpTo()) {
            return false;
        }
        try {
            String refreshInterval = mapping().path("settings").path("refresh_interval").asText("1s");
            client.indices().putSettings(p -> p.index(current.writing())
                    .settings(s -> s.refreshInterval(t -> t.time(refreshInterval))));
            client.indices().refresh(r -> r.index(current.writing()));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(current.serving()).alias(alias)))
                    .actions(a -> a.add(add -> add.index(current.writing()).alias(alias))));
            client.indices().delete(d -> d.index(current.serving()).ignoreUnavailable(true));
            layout = new Layout(current.writing(), current.writing(), -1);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a new physical index from the mapping file. One that is to be filled by a replay
     * starts without refreshes (nobody searches it yet) and records where the replay ends.
     */
    private String create(OptionalLong replayUntil) throws IOException {
        String name = versionedBase + "-" + System.currentTimeMillis();
        try (InputStream mapping = SearchIndex.class.getResourceAsStream(mappingResource)) {
            if (mapping == null) {
                throw new IllegalStateException("missing mapping " + mappingResource);
            }
            client.indices().create(CreateIndexRequest.of(c -> c.index(name).withJson(mapping)));
        }
        if (replayUntil.isPresent()) {
            client.indices().putSettings(p -> p.index(name).settings(s -> s.refreshInterval(t -> t.time("-1"))));
            client.indices().putMapping(p -> p.index(name).meta("catchUpTo", JsonData.of(replayUntil.getAsLong())));
        }
        return name;
    }

    /** Points the write alias at {@code index} alone, in one atomic step. */
    private void moveWriteAlias(String index) throws IOException {
        String current = holderOf(writeAlias);
        client.indices().updateAliases(u -> {
            if (current != null && !current.equals(index)) {
                u.actions(a -> a.remove(r -> r.index(current).alias(writeAlias)));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(writeAlias)));
        });
    }

    private long catchUpToOf(String index) throws IOException {
        var meta = client.indices().getMapping(g -> g.index(index)).get(index).mappings().meta();
        JsonData catchUpTo = meta == null ? null : meta.get("catchUpTo");
        return catchUpTo == null ? -1 : catchUpTo.to(Long.class);
    }

    private boolean isThisMappingVersion(String index) {
        return index.equals(versionedBase) || index.startsWith(versionedBase + "-");
    }

    /** The one index an alias points at, or null when the alias does not exist. */
    private String holderOf(String name) throws IOException {
        try {
            List<String> holders = List.copyOf(client.indices().getAlias(a -> a.name(name)).result().keySet());
            return holders.isEmpty() ? null : holders.get(0);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private JsonNode mapping() throws IOException {
        try (InputStream mapping = SearchIndex.class.getResourceAsStream(mappingResource)) {
            return JSON.readTree(mapping);
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
