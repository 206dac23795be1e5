package com.jetops.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

import java.util.List;

/**
 * Axon's JPA storage engine whose readers give gaps up only through the {@link GapGuard}: the
 * engine's own age-based cleaning and its distance limit are switched off.
 */
final class GapGuardedJpaEventStorageEngine extends JpaEventStorageEngine {
    private final GapGuard gapGuard;

    private GapGuardedJpaEventStorageEngine(Builder builder) {
        super(builder);
        this.gapGuard = builder.gapGuard;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return super.fetchTrackedEvents(gapGuard.clean((GapAwareTrackingToken) lastToken), batchSize);
    }

    static final class Builder extends JpaEventStorageEngine.Builder {
        private final GapGuard gapGuard;

        Builder(GapGuard gapGuard) {
            this.gapGuard = gapGuard;
            gapCleaningThreshold(Integer.MAX_VALUE);
            maxGapOffset(Integer.MAX_VALUE);
        }

        @Override
        public GapGuardedJpaEventStorageEngine build() {
            validate();
            return new GapGuardedJpaEventStorageEngine(this);
        }
    }
}
