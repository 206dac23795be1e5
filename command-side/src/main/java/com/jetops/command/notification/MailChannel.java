package com.jetops.command.notification;

import com.jetops.api.client.ClientId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * E-mail to the client over SMTP ({@code spring.mail.*}), text and HTML alternatives, from
 * {@code jetops.notifications.mail.from}. The address and name are read now, not when the event
 * was queued: a client erased or opted out since gets nothing. Without {@code spring.mail.host}
 * (the local stack) there is no mail sender and rows end SKIPPED with that reason rather than
 * waiting: a departure mail sent days later, when SMTP is configured, would do more harm than none.
 */
@Component
class MailChannel implements NotificationChannel {
    static final String MAIL_OFF = "e-mail is off: no SMTP server configured (spring.mail.host)";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationDirectory directory;
    private final MailTemplates templates;
    private final NotificationProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationDirectory directory, MailTemplates templates,
                NotificationProperties properties) {
        this.mailSender = mailSender;
        this.directory = directory;
        this.templates = templates;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NotificationOutbox.EMAIL;
    }

    @Override
    public Outcome deliver(NotificationOutbox.Pending row) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Outcome.skipped(MAIL_OFF);
        }
        var recipient = directory.recipient(ClientId.of(row.target()));
        if (recipient.isEmpty() || recipient.get().erased() || recipient.get().email() == null) {
            return Outcome.skipped("the client's personal data was erased or no address is known");
        }
        if (!recipient.get().wantsEmail(row.kind())) {
            return Outcome.skipped("the client no longer wants " + row.kind() + " by e-mail");
        }
        MailTemplates.Mail mail = templates.render(row.kind(), row.payload(), recipient.get().name());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mail().from());
            helper.setTo(recipient.get().email());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            // Lets a client's mail system and support staff tie the e-mail to the event.
            message.setHeader("X-JetOps-Event-Id", row.eventId());
            sender.send(message);
            return Outcome.sent(null);
        } catch (MessagingException | MailException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
