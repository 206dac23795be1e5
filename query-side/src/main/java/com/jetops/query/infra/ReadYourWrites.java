package com.jetops.query.infra;

import com.jetops.api.common.Require;
import com.jetops.platform.web.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read-your-writes without polling by the client: every write answers the aggregate's version,
 * and a read passing {@code ?minVersion=} waits here, bounded, until its read model shows that
 * version. Past the bound it answers 503 with Retry-After rather than stale data.
 */
@Component
public class ReadYourWrites {
    private static final Duration POLL = Duration.ofMillis(20);

    private final Duration timeout;

    ReadYourWrites(@Value("${jetops.query.read-your-writes-timeout:3s}") Duration timeout) {
        this.timeout = timeout;
    }

    public <T> ResponseEntity<Object> answer(Long minVersion, Supplier<T> ask, ToLongFunction<T> version,
                                             Supplier<ResponseEntity<Object>> notFound) {
        if (minVersion != null) {
            Require.that(minVersion, v -> v >= 0, "minVersion", "minVersion is an aggregate version (0 or more)");
        }
        Instant deadline = Instant.now().plus(timeout);
        T answer = ask.get();
        while (minVersion != null && (answer == null || version.applyAsLong(answer) < minVersion)) {
            if (Instant.now().isAfter(deadline)) {
                return ProblemResponses.unavailable("projection-behind", "The read model has not reached version "
                        + minVersion + " yet (it shows " + (answer == null ? "nothing" : version.applyAsLong(answer))
                        + " after " + timeout.toMillis() + " ms).");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = ask.get();
        }
        return answer == null ? notFound.get() : ResponseEntity.ok(answer);
    }
}
