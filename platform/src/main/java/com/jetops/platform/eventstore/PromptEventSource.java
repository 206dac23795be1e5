package com.jetops.platform.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes pooled streaming processors react to new events at once in the embedded mode.
 * <p>
 * A pooled processor that finds its stream empty asks the stream to call it back when events
 * arrive; the embedded (JPA) event store cannot, so the processor falls back to looking again
 * every 500 ms, which alone adds up to half a second of projection lag. Each stream opened
 * here gets a watcher thread that waits on the store's own notification and calls the
 * processor back. A fair lock keeps the watcher and the processor from using the underlying
 * stream at the same time (it is not thread-safe). Axon Server streams support callbacks
 * themselves and are not wrapped.
 */
public final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    private static final int WATCH_SLICE_MS = 20;

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;

    public PromptEventSource(StreamableMessageSource<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WatchedStream(delegate.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    private static final class WatchedStream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final ReentrantLock lock = new ReentrantLock(true);
        private volatile Runnable callback;
        private volatile boolean closed;
        private Thread watcher;

        private WatchedStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            if (watcher == null) {
                watcher = new Thread(this::watch, "event-stream-watcher");
                watcher.setDaemon(true);
                watcher.start();
            }
            return true;
        }

        private void watch() {
            try {
                while (!closed) {
                    boolean available;
                    lock.lockInterruptibly();
                    try {
                        available = !closed && stream.hasNextAvailable(WATCH_SLICE_MS, TimeUnit.MILLISECONDS);
                    } finally {
                        lock.unlock();
                    }
                    if (available) {
                        callback.run();
                        // Let the processor drain what is there before asking again.
                        Thread.sleep(WATCH_SLICE_MS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            lock.lock();
            try {
                return stream.peek();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            lock.lockInterruptibly();
            try {
                return stream.hasNextAvailable(timeout, unit);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                return stream.nextAvailable();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            lock.lock();
            try {
                stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            closed = true;
            lock.lock();
            try {
                stream.close();
            } finally {
                lock.unlock();
            }
            Thread running = watcher;
            if (running != null) {
                running.interrupt();
            }
        }
    }
}
