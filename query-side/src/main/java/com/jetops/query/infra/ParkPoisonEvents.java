package com.jetops.query.infra;

import com.jetops.platform.web.BackingServices;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * An event a projection throws on is parked in the dead-letter queue (with the later events of
 * its aggregate, to keep their order) while every other aggregate flows on. Not when PostgreSQL
 * or Elasticsearch is out of reach: that is no fault of the event, so the failure goes up and
 * the processor retries the batch once the service is back.
 */
final class ParkPoisonEvents implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (BackingServices.unreachable(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return Decisions.enqueue(cause);
    }
}
