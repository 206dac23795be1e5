package com.jetops.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The projections' dead-letter queues: what is parked, retrying it, and throwing a letter away. */
@Component
public class DeadLetters {
    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** One parked event; {@code sequence} is the aggregate whose later events wait behind it. */
    public record Letter(String id, String projection, String sequence, String eventType, String eventId,
                         Long aggregateSequenceNumber, String causeType, String causeMessage, Instant enqueuedAt,
                         Instant lastTouched) {
    }

    /** What a retry did: sequences handled now, and letters still parked. */
    public record RetryOutcome(String projection, int sequencesHandled, long stillParked) {
    }

    public List<Letter> list() {
        List<Letter> letters = new ArrayList<>();
        for (String projection : processing.eventProcessors().keySet().stream().sorted().toList()) {
            queue(projection).ifPresent(queue -> queue.deadLetters().forEach(sequence ->
                    sequence.forEach(letter -> letters.add(describe(projection, letter)))));
        }
        return letters;
    }

    /** Empty when there is no such projection. */
    public Optional<RetryOutcome> retry(String projection) {
        return processing.sequencedDeadLetterProcessor(projection).map(processor -> {
            long sequences = queue(projection).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
            int handled = 0;
            for (long i = 0; i < sequences; i++) {
                if (processor.processAny()) {
                    handled++;
                }
            }
            return new RetryOutcome(projection, handled, queue(projection).map(SequencedDeadLetterQueue::size).orElse(0L));
        });
    }

    /** Throws one letter away for good; false when the projection has no such letter. */
    public boolean evict(String projection, String letterId) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(projection);
        if (queue.isEmpty()) {
            return false;
        }
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.get().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter instanceof JpaDeadLetter<?> stored && stored.getId().equals(letterId)) {
                    queue.get().evict(letter);
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        return processing.deadLetterQueue(projection);
    }

    private static Letter describe(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        JpaDeadLetter<?> stored = (JpaDeadLetter<?>) letter;
        String eventType = event.getPayloadType().getSimpleName();
        Long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        return new Letter(stored.getId(), projection, stored.getSequenceIdentifier(), eventType, event.getIdentifier(),
                sequenceNumber, letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched());
    }
}
