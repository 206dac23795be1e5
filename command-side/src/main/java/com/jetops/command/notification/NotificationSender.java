package com.jetops.command.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers due outbox rows every {@code jetops.notifications.poll-interval}. The rows are locked
 * ({@code FOR UPDATE SKIP LOCKED}) for the transaction that delivers them and records the
 * outcome, so of two command-side instances only one sends a row; a crash between sending and
 * committing sends it again (at least once — receivers use {@code X-JetOps-Event-Id} to
 * de-duplicate). Failures are retried after base-delay × multiplier^(attempt-1) until
 * max-attempts, then the row is FAILED.
 */
@Component
class NotificationSender {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    private static final int MAX_BATCHES_PER_RUN = 10;

    private final NotificationOutbox outbox;
    private final Map<String, NotificationChannel> channels;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;

    NotificationSender(NotificationOutbox outbox, List<NotificationChannel> channels, NotificationProperties properties,
                       TransactionTemplate transactions) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
        this.properties = properties;
        this.transactions = transactions;
    }

    /**
     * Each delivery in its own short transaction: the row is locked only while it is delivered
     * (bounded by the channel's deadline), and an outcome that cannot be recorded rolls back that
     * one row, not deliveries already made.
     */
    @Scheduled(fixedDelayString = "${jetops.notifications.poll-interval:1s}")
    void deliverDue() {
        try {
            for (int i = 0; i < MAX_BATCHES_PER_RUN * properties.batchSize(); i++) {
                Integer delivered = transactions.execute(status -> deliverBatch(1));
                if (delivered == null || delivered == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database is away or the app is stopping: the rows stay due and the next run takes them.
            LOG.warn("Delivering notifications failed; retrying on the next run: {}", e.toString());
        }
    }

    private int deliverBatch(int size) {
        List<NotificationOutbox.Pending> due = outbox.lockDue(size);
        for (NotificationOutbox.Pending row : due) {
            Instant started = Instant.now();
            NotificationChannel.Outcome outcome;
            try {
                outcome = channels.get(row.channel()).deliver(row);
            } catch (RuntimeException e) {
                // A row that breaks its channel (a template, a stored payload) is retried and then FAILED,
                // not rolled back with its batch for ever.
                outcome = NotificationChannel.Outcome.failed(null, e.toString());
            }
            long durationMs = Duration.between(started, Instant.now()).toMillis();
            int failedAttempts = row.attempts() + 1;
            Duration retryIn = failedAttempts < properties.retry().maxAttempts()
                    ? properties.retry().delayAfter(failedAttempts) : null;
            outbox.record(row, outcome, started, durationMs, retryIn);
            if (outcome.failed()) {
                LOG.info("{} {} of event {} to {} failed (attempt {}): {}", row.channel(), row.kind(), row.eventId(),
                        row.target(), failedAttempts, outcome.detail());
            }
        }
        return due.size();
    }
}
