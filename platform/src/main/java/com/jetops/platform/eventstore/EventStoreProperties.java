package com.jetops.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the embedded (PostgreSQL) event store.
 *
 * @param gapTimeout how long a reader waits for a missing global index to appear before giving
 *                   it up. A transaction that commits later than this would be skipped forever,
 *                   so it must sit well above the slowest commit; waiting costs nothing but a
 *                   longer token, because events after a gap are still delivered at once.
 * @param batchSize    events fetched per query by streaming processors
 * @param pollInterval how often an idle reader asks PostgreSQL for new events; bounds the
 *                     projection lag in the embedded mode (Axon Server pushes instead)
 */
@ConfigurationProperties("jetops.event-store")
public record EventStoreProperties(
        @DefaultValue("5m") Duration gapTimeout,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("50ms") Duration pollInterval) {
}
