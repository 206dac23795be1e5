package com.jetops.command.notification;

import com.jetops.api.notification.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Integrators' webhook subscriptions: configuration an administrator manages, not domain state,
 * so a plain table rather than an aggregate. A deleted subscription is kept (inactive) so its
 * delivery log stays readable; it gets nothing new.
 */
@Component
class WebhookSubscriptions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    WebhookSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Subscription(String id, String url, Set<NotificationKind> kinds, String secret, Instant createdAt,
                        String createdBy, boolean active) {
    }

    private static final RowMapper<Subscription> SUBSCRIPTION = (row, i) -> new Subscription(
            row.getString("id"), row.getString("url"), StoredKinds.parse(row.getString("kinds")), row.getString("secret"),
            row.getTimestamp("created_at").toInstant(), row.getString("created_by"), row.getBoolean("active"));

    Subscription create(String url, Set<NotificationKind> kinds, String createdBy) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), url, kinds,
                "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key), Instant.now(), createdBy, true);
        jdbc.update("insert into webhook_subscription (id, url, kinds, secret, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                subscription.id(), url, StoredKinds.names(kinds), subscription.secret(), Timestamp.from(subscription.createdAt()),
                createdBy);
        return subscription;
    }

    List<Subscription> active() {
        return jdbc.query("select * from webhook_subscription where active order by created_at, id", SUBSCRIPTION);
    }

    List<Subscription> subscribedTo(NotificationKind kind) {
        return active().stream().filter(subscription -> subscription.kinds().contains(kind)).toList();
    }

    /** Any subscription, deleted ones too (for its delivery log). */
    Optional<Subscription> find(String id) {
        return jdbc.query("select * from webhook_subscription where id = ?", SUBSCRIPTION, id).stream().findFirst();
    }

    /** True when an active subscription was deleted; its pending deliveries are dropped by the sender. */
    boolean deactivate(String id) {
        return jdbc.update("update webhook_subscription set active = false where id = ? and active", id) == 1;
    }

}
