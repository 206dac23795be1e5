package com.jetops.query.admin;

import com.jetops.query.search.SearchIndex;
import com.jetops.query.search.SearchIndexes;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The query side's projections as operators see them: where each processor is in the event
 * stream, how far behind the head, whether it is replaying; and a rebuild (reset the tokens,
 * the processor's @ResetHandlers empty its read model, and it replays from the first event).
 * A search projection's reset fills a new index instead; this class serves it once caught up.
 */
@Component
public class Projections {
    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final SearchIndexes searchIndexes;

    Projections(EventProcessingConfiguration processing, EventStore eventStore, SearchIndexes searchIndexes) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.searchIndexes = searchIndexes;
    }

    /**
     * One processor: its lowest segment position, the head, the lag in events and what it is doing.
     * {@code replaying} is Axon's: true after a reset until the first event newer than the reset.
     * {@code searchIndex} (search projections only): the index serving searches and, during a
     * rebuild, the one being filled and the position at which it takes over.
     */
    public record Status(String name, boolean running, boolean replaying, boolean error, long position, long head,
                         long lag, int segments, String errorMessage, SearchIndex.Layout searchIndex) {
    }

    public List<Status> statuses() {
        long head = head();
        return processing.eventProcessors().keySet().stream().sorted()
                .map(name -> status(name, head)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Status::name)).toList();
    }

    public Optional<Status> status(String name) {
        return status(name, head());
    }

    private Optional<Status> status(String name, long head) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).map(processor -> {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            long position = segments.values().stream().mapToLong(s -> positionOf(s.getTrackingToken()))
                    .min().orElse(-1);
            boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
            String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
            SearchIndex.Layout layout = searchIndexes.filledBy(name).flatMap(SearchIndex::knownLayout).orElse(null);
            return new Status(name, processor.isRunning(), replaying, error != null || processor.isError(),
                    position, head, Math.max(0, head - position), segments.size(), error, layout);
        });
    }

    /**
     * Rebuilds one projection from the first event; answers false when there is no such processor.
     * What its dead-letter queue held goes: the replay meets those events again.
     */
    public boolean rebuild(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).map(processor -> {
            processor.shutDown();
            processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
            processor.resetTokens();
            processor.start();
            return true;
        }).orElse(false);
    }

    /**
     * Serves each rebuilt search index whose processor, running without error, has passed the
     * position its rebuild planned to reach. Elasticsearch down: the next round tries again.
     */
    @Scheduled(fixedDelayString = "${jetops.search.rebuild-check:1s}")
    void serveRebuiltSearchIndices() {
        for (SearchIndex index : searchIndexes.all()) {
            try {
                if (!index.ensureExists().building()) {
                    continue;
                }
                Optional<Status> status = status(index.processingGroup())
                        .filter(s -> s.running() && !s.error() && s.segments() > 0);
                if (status.isPresent() && index.completeRebuild(status.get().position())) {
                    log.info("Search index {} rebuilt up to position {}; it now serves searches",
                            index.alias(), status.get().position());
                }
            } catch (RuntimeException e) {
                log.warn("Could not check the rebuild of the {} index: {}", index.alias(), e.toString());
            }
        }
    }

    /**
     * Waits until every processor has processed the head as it is now and no rebuilt search index
     * is still waiting to serve; false if {@code timeout} passes first.
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long head = head();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (statuses().stream().allMatch(s -> s.running() && s.position() >= head && !s.error()
                    && (s.searchIndex() == null || !s.searchIndex().building()))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private long head() {
        return positionOf(eventStore.createHeadToken());
    }

    private static long positionOf(TrackingToken token) {
        if (token == null) {
            return -1;
        }
        OptionalLong position = token.position();
        return position.orElse(-1);
    }
}
