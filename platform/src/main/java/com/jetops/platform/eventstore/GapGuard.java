package com.jetops.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a reader may give up a gap in the global index: never because of its age alone.
 * <p>
 * A gap is a number the sequence handed out whose row a reader cannot see yet: its transaction
 * rolled back (the gap stays forever) or is still open (the row will appear). Axon gives a gap up
 * once events after it are older than a timeout, so a transaction slower than that is skipped by
 * every reader, for ever. Here a gap older than {@code minAge} is given up only when every
 * transaction now open on the database started after the gap was first seen. The transaction
 * that drew the number drew it before the next number, whose row had committed when the gap was
 * seen; so that transaction is over, and if its row is still missing afterwards, it rolled back.
 * <p>
 * Durations are measured, never clocks compared: the database reports how long its oldest open
 * transaction has run, which is held against this JVM's monotonic clock.
 */
final class GapGuard {
    private static final Logger log = LoggerFactory.getLogger(GapGuard.class);
    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long FORGET_NANOS = Duration.ofMinutes(10).toNanos();
    private static final int WARN_AT_GAPS = 10_000;

    private final DataSource dataSource;
    private final long minAgeNanos;
    /** When each gap was first and last seen in a token, on {@link System#nanoTime()}. */
    private final Map<Long, Sighting> sightings = new ConcurrentHashMap<>();
    private volatile long lastForget = System.nanoTime();
    /** None yet: "checked" long enough ago to ask at the first chance, and no gap is older than its answer. */
    private volatile OpenTransactions lastCheck = new OpenTransactions(System.nanoTime() - 2 * RECHECK_NANOS,
            System.nanoTime() - 2 * RECHECK_NANOS);

    private static final class Sighting {
        final long first;
        volatile long last;

        Sighting(long at) {
            first = at;
            last = at;
        }
    }

    /** @param oldestStartedAt on {@link System#nanoTime()}: no transaction now open started earlier */
    private record OpenTransactions(long checkedAt, long oldestStartedAt) {
    }

    GapGuard(DataSource dataSource, Duration minAge) {
        this.dataSource = dataSource;
        this.minAgeNanos = minAge.toNanos();
    }

    /** The token with the gaps that can no longer fill taken out; the same token when there are none. */
    GapAwareTrackingToken clean(GapAwareTrackingToken token) {
        long now = System.nanoTime();
        if (now - lastForget > FORGET_NANOS) {
            // Gaps no token has shown for a while were filled and read: forget them.
            lastForget = now;
            sightings.values().removeIf(sighting -> now - sighting.last > FORGET_NANOS);
        }
        if (token == null || token.getGaps().isEmpty()) {
            return token;
        }
        List<Long> old = token.getGaps().stream()
                .filter(gap -> now - seen(gap, now) >= minAgeNanos)
                .toList();
        if (old.isEmpty()) {
            return token;
        }
        if (token.getGaps().size() >= WARN_AT_GAPS) {
            log.warn("{} gaps held in a tracking token: a transaction on the event store has stayed open "
                    + "since the oldest of them was seen", token.getGaps().size());
        }
        try {
            long oldestOpen = openTransactions(now).oldestStartedAt();
            List<Long> over = old.stream().filter(gap -> seen(gap, now) < oldestOpen).toList();
            if (over.isEmpty()) {
                return token;
            }
            Set<Long> filled = existing(over);
            SortedSet<Long> remaining = new TreeSet<>(token.getGaps());
            over.stream().filter(gap -> !filled.contains(gap)).forEach(gap -> {
                remaining.remove(gap);
                sightings.remove(gap);
            });
            return GapAwareTrackingToken.newInstance(token.getIndex(), remaining);
        } catch (SQLException e) {
            log.debug("Gaps kept: could not ask the database about open transactions", e);
            return token;
        }
    }

    /** When the gap was first seen; notes that it is still seen now. */
    private long seen(long gap, long now) {
        Sighting sighting = sightings.computeIfAbsent(gap, g -> new Sighting(now));
        sighting.last = now;
        return sighting.first;
    }

    /** At most once a second: the start of the oldest transaction open on the database now. */
    private OpenTransactions openTransactions(long now) throws SQLException {
        OpenTransactions last = lastCheck;
        if (now - last.checkedAt() < RECHECK_NANOS) {
            return last;
        }
        long askedAt = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select coalesce(extract(epoch from clock_timestamp() - min(xact_start)), 0)
                       from pg_stat_activity
                      where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null""");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            long runningNanos = (long) (rows.getDouble(1) * 1e9);
            // The database measured after askedAt, so the oldest transaction started after this.
            OpenTransactions checked = new OpenTransactions(askedAt, askedAt - runningNanos);
            lastCheck = checked;
            return checked;
        }
    }

    private Set<Long> existing(List<Long> indices) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select global_index from domain_event_entry where global_index = any (?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", indices.toArray()));
            Set<Long> found = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }
}
