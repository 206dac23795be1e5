package com.jetops.query.infra;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * An Axon subscription query as Server-Sent Events: the initial views first, then every view
 * the projection publishes after a committed change. Each event is named after the feed and
 * carries the view's id and version as its SSE id. A closed connection cancels the subscription.
 * Browsers reconnect by themselves when the stream ends (after {@link #MAX_LIFETIME}).
 */
public final class LiveFeed {
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(30);

    private LiveFeed() {
    }

    public static <T> SseEmitter stream(SubscriptionQueryResult<List<T>, T> subscription, String eventName,
                                        Function<T, String> eventId) {
        SseEmitter emitter = new SseEmitter(MAX_LIFETIME.toMillis());
        emitter.onCompletion(subscription::cancel);
        emitter.onTimeout(subscription::cancel);
        emitter.onError(error -> subscription.cancel());
        subscription.initialResult().subscribe(
                views -> views.forEach(view -> send(emitter, subscription, eventName, eventId.apply(view), view)),
                emitter::completeWithError);
        subscription.updates().subscribe(view -> send(emitter, subscription, eventName, eventId.apply(view), view),
                emitter::completeWithError, emitter::complete);
        return emitter;
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
