package com.jetops.command.notification;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** POSTs the envelope, signed with the subscription's secret; 2xx is delivered, anything else is retried. */
@Component
class WebhookChannel implements NotificationChannel {
    private final WebhookSubscriptions subscriptions;
    private final NotificationProperties properties;
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();

    WebhookChannel(WebhookSubscriptions subscriptions, NotificationProperties properties) {
        this.subscriptions = subscriptions;
        this.properties = properties;
        // Redirects are not followed: the signed body goes to the URL the administrator registered, nowhere else.
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhook().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return NotificationOutbox.WEBHOOK;
    }

    @Override
    public Outcome deliver(NotificationOutbox.Pending row) {
        var subscription = subscriptions.find(row.target()).filter(WebhookSubscriptions.Subscription::active);
        if (subscription.isEmpty()) {
            return Outcome.skipped("the webhook subscription was deleted");
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.get().url()))
                .timeout(properties.webhook().readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "JetOps-Webhooks/1")
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(subscription.get().secret(), timestamp,
                        row.payload()))
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.EVENT_ID_HEADER, row.eventId())
                .header(WebhookSignature.EVENT_TYPE_HEADER, row.kind().name())
                .POST(HttpRequest.BodyPublishers.ofString(row.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Outcome.sent(status)
                    : Outcome.failed(status, "the receiver answered HTTP " + status);
        } catch (IOException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted (shutting down)");
        }
    }
}
