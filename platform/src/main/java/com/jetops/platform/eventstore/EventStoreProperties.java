package com.jetops.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the embedded (PostgreSQL) event store.
 *
 * @param gapTimeout how long a reader waits before it asks whether a missing global index can
 *                   still appear. Even then it gives the gap up only when no transaction that
 *                   could still fill it is open (see {@code GapGuard}), so a commit slower than
 *                   this is still read; the value only bounds how often the database is asked
 *                   and how long gaps of rolled-back transactions stay in tokens.
 * @param batchSize    events fetched per query by streaming processors
 * @param pollInterval how often an idle reader asks PostgreSQL for new events; bounds the
 *                     projection lag in the embedded mode (Axon Server pushes instead)
 */
@ConfigurationProperties("jetops.event-store")
public record EventStoreProperties(
        @DefaultValue("10s") Duration gapTimeout,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("50ms") Duration pollInterval) {
}
