package com.jetops.command.notification;

import com.jetops.api.notification.NotificationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationDeliveryRulesTest {

    private static NotificationProperties properties(NotificationProperties.Retry retry) {
        return new NotificationProperties(new NotificationProperties.Mail("JetOps <n@jetops.example>"), retry,
                new NotificationProperties.Webhook(Duration.ofSeconds(5), Duration.ofSeconds(5), false), Duration.ofSeconds(1), 20);
    }

    @Test
    void failuresBackOffExponentiallyFromTheBaseDelay() {
        NotificationProperties.Retry retry = new NotificationProperties.Retry(Duration.ofSeconds(30), 4, 6);
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retry.delayAfter(5)).isEqualTo(Duration.ofMinutes(128));
        // However large the settings, a retry waits at most a day (and never overflows).
        assertThat(retry.delayAfter(1000)).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> new NotificationProperties.Retry(Duration.ZERO, 4, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationProperties.Retry(Duration.ofSeconds(1), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The local stack has no SMTP server: e-mail rows end SKIPPED with the reason, they do not wait or fail for ever. */
    @Test
    void withoutAnSmtpServerAnEmailIsSkippedWithTheReason() {
        var noMailSender = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        MailChannel channel = new MailChannel(noMailSender, null, new MailTemplates(),
                properties(new NotificationProperties.Retry(Duration.ofSeconds(30), 4, 6)));
        NotificationChannel.Outcome outcome = channel.deliver(new NotificationOutbox.Pending(1, "ev-1",
                NotificationKind.BOOKING_CONFIRMED, NotificationOutbox.EMAIL, "c-1", "{}", 0));
        assertThat(outcome.result()).isEqualTo(NotificationChannel.Result.SKIPPED);
        assertThat(outcome.detail()).isEqualTo(MailChannel.MAIL_OFF).contains("spring.mail.host");
    }
}
