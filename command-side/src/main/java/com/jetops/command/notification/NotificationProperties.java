package com.jetops.command.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notifications are delivered ({@code jetops.notifications.*}). SMTP itself is Spring's
 * {@code spring.mail.*}: without {@code spring.mail.host} the e-mail channel is off.
 *
 * @param mail         the sender every e-mail comes from
 * @param retry        a failed delivery is tried again after baseDelay, then × multiplier each time,
 *                     until maxAttempts attempts have failed (then FAILED)
 * @param webhook      connect and read timeouts of a webhook call
 * @param pollInterval how often due deliveries are looked for
 * @param batchSize    deliveries taken per look
 */
@ConfigurationProperties("jetops.notifications")
public record NotificationProperties(
        @DefaultValue Mail mail,
        @DefaultValue Retry retry,
        @DefaultValue Webhook webhook,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("20") int batchSize) {

    public record Mail(@DefaultValue("JetOps <notifications@jetops.example>") String from) {
    }

    public record Retry(@DefaultValue("30s") Duration baseDelay,
                        @DefaultValue("4") int multiplier,
                        @DefaultValue("6") int maxAttempts) {
        public Retry {
            if (baseDelay.isNegative() || baseDelay.isZero() || multiplier < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("jetops.notifications.retry needs a positive base-delay, "
                        + "multiplier ≥ 1 and max-attempts ≥ 1");
            }
        }

        /** The wait after the {@code failedAttempts}-th failure: 30 s, 2 min, 8 min, 32 min… by default, at most a day. */
        public Duration delayAfter(int failedAttempts) {
            Duration delay = baseDelay;
            for (int i = 1; i < failedAttempts && delay.compareTo(MAX_DELAY) < 0; i++) {
                delay = delay.multipliedBy(multiplier);
            }
            return delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY;
        }

        private static final Duration MAX_DELAY = Duration.ofDays(1);
    }

    /**
     * @param allowPrivateTargets whether webhooks may point at loopback, private, link-local or
     *                            unique-local addresses (off: a subscription must not turn the
     *                            command side into a probe of the internal network; tests turn it on)
     */
    public record Webhook(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
                          @DefaultValue("false") boolean allowPrivateTargets) {
    }
}
