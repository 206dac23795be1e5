package com.jetops.command.notification;

import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        URI url = URI.create(subscription.get().url());
        var refused = WebhookTargets.refusal(url, properties.webhook().allowPrivateTargets());
        if (refused.isPresent()) {
            return Outcome.failed(null, refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
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
        // The request timeout ends at the answer's headers only: a receiver trickling its body would hold
        // the sender, so the whole exchange gets a deadline.
        Duration deadline = properties.webhook().connectTimeout().plus(properties.webhook().readTimeout());
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status >= 200 && status < 300 ? Outcome.sent(status)
                    : Outcome.failed(status, "the receiver answered HTTP " + status);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Outcome.failed(null, "no complete answer within " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            // The exception's class only: its message may describe the receiver's network from the inside.
            return Outcome.failed(null, "the call failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted (shutting down)");
        }
    }
}
