package com.jetops.command;

import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Polls until asynchronous work (a saga, a processor, a sender) shows its result, for the ITs. */
public final class Eventually {
    private Eventually() {
    }

    /** The probe's value once {@code done} holds; fails after 30 s showing the last value. */
    public static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plusSeconds(30);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        assertThat(done.test(value)).as("in time: " + value).isTrue();
        return value;
    }
}
