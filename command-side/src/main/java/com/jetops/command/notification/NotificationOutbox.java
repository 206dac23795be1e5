package com.jetops.command.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.client.ClientId;
import com.jetops.api.notification.NotificationKind;
import com.jetops.platform.eventstore.AxonSerializers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox: one row per e-mail or webhook call to make, written by the event handlers in the
 * transaction of the processor's token, and taken by {@link NotificationSender} with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never deliver the same row at once. Every
 * attempt is logged in {@code notification_delivery}.
 */
@Component
class NotificationOutbox {
    static final String EMAIL = "EMAIL";
    static final String WEBHOOK = "WEBHOOK";
    private static final ObjectMapper JSON = AxonSerializers.objectMapper();

    private final JdbcTemplate jdbc;
    private final NotificationDirectory directory;
    private final WebhookSubscriptions subscriptions;

    NotificationOutbox(JdbcTemplate jdbc, NotificationDirectory directory, WebhookSubscriptions subscriptions) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.subscriptions = subscriptions;
    }

    /** A row to deliver; {@code payload} is the JSON envelope {id, type, occurredAt, data}. */
    record Pending(long id, String eventId, NotificationKind kind, String channel, String target, String payload,
                   int attempts) {
    }

    /** One attempt as the delivery log shows it. */
    record Delivery(long outboxId, String eventId, NotificationKind kind, int attempt, Instant attemptedAt,
                    String outcome, Integer httpStatus, long durationMs, String error, Instant nextAttemptAt) {
    }

    /**
     * Queues the notification of one event: an e-mail to {@code mailTo} if that client wants this
     * kind by e-mail (null: no e-mail), and a call to every webhook subscribed to the kind.
     */
    void enqueue(String eventId, NotificationKind kind, Instant occurredAt, ClientId mailTo, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", eventId);
        envelope.put("type", kind.name());
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("data", data);
        String payload = json(envelope);
        if (mailTo != null && directory.recipient(mailTo).filter(recipient -> recipient.wantsEmail(kind)).isPresent()) {
            insert(eventId, kind, EMAIL, mailTo.value(), payload, occurredAt);
        }
        subscriptions.subscribedTo(kind).forEach(subscription ->
                insert(eventId, kind, WEBHOOK, subscription.id(), payload, occurredAt));
    }

    private void insert(String eventId, NotificationKind kind, String channel, String target, String payload,
                        Instant occurredAt) {
        jdbc.update("""
                insert into notification_outbox (event_id, kind, channel, target, payload, occurred_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict on constraint notification_outbox_once do nothing""",
                eventId, kind.name(), channel, target, payload, Timestamp.from(occurredAt));
    }

    private static final RowMapper<Pending> PENDING = (row, i) -> new Pending(row.getLong("id"),
            row.getString("event_id"), NotificationKind.valueOf(row.getString("kind")), row.getString("channel"),
            row.getString("target"), row.getString("payload"), row.getInt("attempts"));

    /** Due rows, locked for this transaction; rows another instance holds are skipped, not waited for. */
    List<Pending> lockDue(int limit) {
        return jdbc.query("""
                select * from notification_outbox
                 where status = 'PENDING' and next_attempt_at <= now()
                 order by next_attempt_at, id
                 limit ? for update skip locked""", PENDING, limit);
    }

    /**
     * Records an attempt and its consequence: SENT and SKIPPED end the row, FAILED schedules the
     * next attempt after {@code retryIn}, or ends the row as FAILED when {@code retryIn} is null.
     */
    void record(Pending row, NotificationChannel.Outcome outcome, Instant attemptedAt, long durationMs,
                java.time.Duration retryIn) {
        int attempt = row.attempts() + 1;
        Instant next = outcome.failed() && retryIn != null ? attemptedAt.plus(retryIn) : null;
        String status = switch (outcome.result()) {
            case SENT -> "SENT";
            case SKIPPED -> "SKIPPED";
            case FAILED -> next != null ? "PENDING" : "FAILED";
        };
        jdbc.update("""
                update notification_outbox
                   set status = ?, attempts = ?, next_attempt_at = coalesce(?, next_attempt_at), last_error = ?,
                       finished_at = case when ? = 'PENDING' then null else now() end
                 where id = ?""",
                status, attempt, next == null ? null : Timestamp.from(next), shortened(outcome.detail()), status, row.id());
        jdbc.update("""
                insert into notification_delivery (outbox_id, attempt, attempted_at, outcome, http_status, duration_ms,
                                                   error, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                row.id(), attempt, Timestamp.from(attemptedAt), outcome.result().name(), outcome.httpStatus(),
                durationMs, shortened(outcome.detail()), next == null ? null : Timestamp.from(next));
    }

    /** The delivery log of one target (a webhook subscription), newest first. */
    List<Delivery> deliveries(String channel, String target, int limit) {
        return jdbc.query("""
                select o.id as outbox_id, o.event_id, o.kind, d.attempt, d.attempted_at, d.outcome, d.http_status,
                       d.duration_ms, d.error, d.next_attempt_at
                  from notification_delivery d join notification_outbox o on o.id = d.outbox_id
                 where o.channel = ? and o.target = ?
                 order by d.attempted_at desc, d.id desc
                 limit ?""", (row, i) -> new Delivery(row.getLong("outbox_id"), row.getString("event_id"),
                NotificationKind.valueOf(row.getString("kind")), row.getInt("attempt"),
                row.getTimestamp("attempted_at").toInstant(), row.getString("outcome"),
                (Integer) row.getObject("http_status"), row.getLong("duration_ms"), row.getString("error"),
                row.getTimestamp("next_attempt_at") == null ? null : row.getTimestamp("next_attempt_at").toInstant()),
                channel, target, limit);
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
