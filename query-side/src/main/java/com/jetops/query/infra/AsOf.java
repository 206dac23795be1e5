package com.jetops.query.infra;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Time travel: one aggregate's read model as it was at an instant, built by a fresh instance of
 * its projection fed that aggregate's events up to the instant: over an in-memory repository
 * (JPA projections), or over empty scratch copies of its tables (projections writing SQL). The
 * same handlers that build the live view build the past one, so the two cannot disagree.
 */
@Component
public class AsOf {
    /** Past views are nobody's live update. */
    public static final QueryUpdateEmitter NO_UPDATES = SimpleQueryUpdateEmitter.builder().build();

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AsOf(EventStore eventStore, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs {@code work} in a transaction that is always rolled back, over empty temporary copies
     * of {@code tables} (names of the query schema, from code). Putting pg_temp first on the
     * search path makes every unqualified statement of a projection (handlers and queries alike)
     * use the copies, and, being a search-path change, makes PostgreSQL re-plan statements the
     * connection had prepared against the real tables.
     */
    public <T> T inScratchTables(List<String> tables, Supplier<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("set local search_path to pg_temp, query, public");
            tables.forEach(table -> jdbc.execute("create temporary table " + table + " (like query." + table
                    + " including all) on commit drop"));
            return work.get();
        });
    }

    /** Feeds {@code projection} every event of the aggregate stored at or before {@code at}, in order. */
    public void replay(Object projection, String aggregateId, Instant at) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        // From sequence 0, not from a snapshot: a projection needs the events themselves.
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        while (events.hasNext() && !events.peek().getTimestamp().isAfter(at)) {
            try {
                handlers.handle(events.next());
            } catch (Exception e) {
                throw new IllegalStateException("Replaying " + aggregateId + " as of " + at + " failed", e);
            }
        }
    }

    /**
     * A Spring Data repository held in a map, enough for a projection's handlers and single-row
     * queries: findById, save and deleteAllInBatch.
     */
    @SuppressWarnings("unchecked")
    public static <R, T> R inMemory(Class<R> repositoryType, Function<T, String> idOf) {
        Map<String, T> rows = new HashMap<>();
        return (R) Proxy.newProxyInstance(repositoryType.getClassLoader(), new Class<?>[]{repositoryType},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(rows.get((String) arguments[0]));
                    case "save" -> {
                        T row = (T) arguments[0];
                        rows.put(idOf.apply(row), row);
                        yield row;
                    }
                    case "deleteAllInBatch" -> {
                        rows.clear();
                        yield null;
                    }
                    case "toString" -> "in-memory " + repositoryType.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName() + " on a past view");
                });
    }
}
