package com.jetops.query.infra;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Axon subscription queries as Server-Sent Events: the initial views first, then every view
 * the projection publishes after a committed change. Each event is named after the feed and
 * carries the view's id and version as its SSE id. A closed connection cancels the subscription;
 * shutting down ends every open stream, so a graceful shutdown does not wait for them.
 * Browsers reconnect by themselves when a stream ends (also after {@link #MAX_LIFETIME}).
 */
@Component
public class LiveFeed {
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(30);

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    public <T> SseEmitter stream(SubscriptionQueryResult<List<T>, T> subscription, String eventName,
                                 Function<T, String> eventId) {
        SseEmitter emitter = new SseEmitter(MAX_LIFETIME.toMillis());
        open.add(emitter);
        Runnable closed = () -> {
            open.remove(emitter);
            subscription.cancel();
        };
        emitter.onCompletion(closed);
        emitter.onTimeout(closed);
        emitter.onError(error -> closed.run());
        subscription.initialResult().subscribe(
                views -> views.forEach(view -> send(emitter, subscription, eventName, eventId.apply(view), view)),
                emitter::completeWithError);
        subscription.updates().subscribe(view -> send(emitter, subscription, eventName, eventId.apply(view), view),
                emitter::completeWithError, emitter::complete);
        return emitter;
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    private static <T> void send(SseEmitter emitter, SubscriptionQueryResult<?, ?> subscription, String name,
                                 String id, T view) {
        try {
            emitter.send(SseEmitter.event().name(name).id(id).data(view));
        } catch (IOException | IllegalStateException gone) {
            // The client went away: stop listening for it.
            subscription.cancel();
        }
    }
}
