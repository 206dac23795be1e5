package com.jetops.command.notification;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.notification.NotificationKind;
import com.jetops.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Webhook subscriptions for integrators, and their delivery log. Configuration, so it lives on
 * the command side with the outbox that delivers to it (the gateway routes /webhooks/** here).
 */
@RestController
@RequestMapping("/webhooks")
@Tag(name = "Webhooks", description = "Signed HTTP callbacks on booking and flight events, with their delivery log")
class WebhookController {
    private static final int MAX_URL_LENGTH = 2000;

    private final WebhookSubscriptions subscriptions;
    private final NotificationOutbox outbox;
    private final NotificationProperties properties;

    WebhookController(WebhookSubscriptions subscriptions, NotificationOutbox outbox, NotificationProperties properties) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.properties = properties;
    }

    record SubscriptionRequest(String url, List<String> events) {
    }

    /** The answer to a new subscription: the only time the secret is shown. */
    record Created(String id, String url, Set<NotificationKind> events, String secret, Instant createdAt) {
    }

    record SubscriptionView(String id, String url, Set<NotificationKind> events, Instant createdAt, String createdBy) {
    }

    record DeliveryView(String eventId, NotificationKind eventType, int attempt, Instant attemptedAt, String outcome,
                        Integer httpStatus, long durationMs, String error, Instant nextAttemptAt) {
    }

    @PostMapping
    @Operation(summary = "Subscribe a URL to notification kinds",
            description = "Body {url, events:[QUOTE_ISSUED|BOOKING_CONFIRMED|BOOKING_REJECTED|SCHEDULE_CHANGED|"
                    + "FLIGHT_DEPARTED|FLIGHT_ARRIVED|INVOICE_ISSUED]}. 201 with the id and the signing secret, shown "
                    + "only here. Each delivery is a POST of {id, type, occurredAt, data} with X-JetOps-Signature: "
                    + "sha256=hex(HMAC-SHA256(secret, X-JetOps-Timestamp + \".\" + body)).")
    ResponseEntity<Created> subscribe(@RequestBody SubscriptionRequest request) {
        Require.present(request, "body");
        String url = url(request.url());
        WebhookTargets.refusal(URI.create(url), properties.webhook().allowPrivateTargets()).ifPresent(why -> {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "url", why);
        });
        Set<NotificationKind> kinds = kinds(request.events());
        var subscription = subscriptions.create(url, kinds, Caller.current().map(Caller::username).orElse(null));
        return ResponseEntity.created(URI.create("/webhooks/" + subscription.id())).body(new Created(subscription.id(),
                subscription.url(), subscription.kinds(), subscription.secret(), subscription.createdAt()));
    }

    @GetMapping
    @Operation(summary = "The active subscriptions (without their secrets)")
    List<SubscriptionView> list() {
        return subscriptions.active().stream().map(s -> new SubscriptionView(s.id(), s.url(), s.kinds(), s.createdAt(),
                s.createdBy())).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a subscription: nothing more is sent to it, deliveries still pending are dropped; "
            + "its delivery log stays readable")
    ResponseEntity<Void> delete(@PathVariable("id") String id) {
        if (!subscriptions.deactivate(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log: every attempt, newest first, with HTTP status, duration, error and next retry")
    List<DeliveryView> deliveries(@PathVariable("id") String id,
                                  @RequestParam(name = "limit", defaultValue = "100") int limit) {
        Require.that(limit, l -> l >= 1 && l <= 1000, "limit", "limit must be between 1 and 1000");
        subscriptions.find(id).orElseThrow(() -> notFound(id));
        return outbox.deliveries(NotificationOutbox.WEBHOOK, id, limit).stream().map(d -> new DeliveryView(d.eventId(),
                d.kind(), d.attempt(), d.attemptedAt(), d.outcome(), d.httpStatus(), d.durationMs(), d.error(),
                d.nextAttemptAt())).toList();
    }

    private static RuleViolationException notFound(String id) {
        return new RuleViolationException(ErrorCode.NOT_FOUND, "id", "No webhook subscription " + id);
    }

    /** An absolute http(s) URL with a host; no user info (credentials would sit in the log). */
    static String url(String value) {
        String url = Require.text(value, "url", MAX_URL_LENGTH);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "url", "'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "url",
                    "url must be an absolute http or https URL, e.g. https://example.com/jetops-hook");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "url", "url may not carry credentials or a fragment");
        }
        return url;
    }

    static Set<NotificationKind> kinds(List<String> events) {
        Require.that(Require.present(events, "events"), list -> !list.isEmpty(), "events",
                "events names at least one notification kind " + Arrays.toString(NotificationKind.values()));
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (int i = 0; i < events.size(); i++) {
            String name = Require.present(events.get(i), "events[" + i + "]");
            String field = "events[" + i + "]";
            NotificationKind kind = Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(name))
                    .findFirst().orElseThrow(() -> new RuleViolationException(ErrorCode.INVALID_VALUE, field,
                            "'" + name + "' is not a notification kind " + Arrays.toString(NotificationKind.values())));
            kinds.add(kind);
        }
        return kinds;
    }
}
