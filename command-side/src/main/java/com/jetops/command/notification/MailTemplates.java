package com.jetops.command.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.notification.NotificationKind;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mail of each notification kind: a subject, a plain-text and an HTML body, Mustache
 * templates under {@code notifications/mail/} ({@code KIND.subject}, {@code KIND.txt},
 * {@code KIND.html}, with the partial {@code legs}). They see the envelope's data, the
 * recipient's {@code name}, and next to every instant or date a {@code …Text} a person reads
 * ("Thu 10 Dec 2026, 14:00 UTC"). Compiled once at start: a broken template stops the app.
 */
public final class MailTemplates {
    private static final String BASE = "notifications/mail/";
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TEXT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An e-mail ready to send. */
    public record Mail(String subject, String text, String html) {
    }

    private record Templates(Template subject, Template text, Template html) {
    }

    private final Map<NotificationKind, Templates> templates = new EnumMap<>(NotificationKind.class);

    public MailTemplates() {
        Mustache.Compiler text = Mustache.compiler().escapeHTML(false).defaultValue("").withLoader(MailTemplates::partial);
        Mustache.Compiler html = Mustache.compiler().escapeHTML(true).defaultValue("").withLoader(MailTemplates::partial);
        for (NotificationKind kind : NotificationKind.values()) {
            templates.put(kind, new Templates(text.compile(read(kind + ".subject")), text.compile(read(kind + ".txt")),
                    html.compile(read(kind + ".html"))));
        }
    }

    /** The e-mail for an outbox envelope ({id, type, occurredAt, data}) to a person called {@code name}. */
    public Mail render(NotificationKind kind, String envelope, String name) {
        Map<String, Object> context;
        try {
            Map<String, Object> parsed = JSON.readValue(envelope, new TypeReference<>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) parsed.get("data");
            context = readable(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an outbox envelope", e);
        }
        context.put("name", name == null || name.isBlank() ? "there" : name);
        Templates mail = templates.get(kind);
        return new Mail(mail.subject().execute(context).strip(), mail.text().execute(context),
                mail.html().execute(context));
    }

    /** The data with a human-readable {@code keyText} beside every ISO instant or date. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> readable(Map<String, Object> data) {
        Map<String, Object> out = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                out.put(key, readable((Map<String, Object>) nested));
            } else if (value instanceof List<?> list) {
                out.put(key, list.stream().map(item -> item instanceof Map<?, ?> m
                        ? readable((Map<String, Object>) m) : item).toList());
            } else {
                out.put(key, value);
                if (value instanceof String text) {
                    String readable = readableTime(text);
                    if (readable != null) {
                        out.put(key + "Text", readable);
                    }
                }
            }
        });
        return out;
    }

    private static String readableTime(String text) {
        try {
            if (text.length() > 10 && text.endsWith("Z")) {
                return INSTANT_TEXT.format(Instant.parse(text));
            }
            if (text.length() == 10 && text.charAt(4) == '-') {
                return DATE_TEXT.format(LocalDate.parse(text));
            }
        } catch (DateTimeParseException notATime) {
            // an ordinary string
        }
        return null;
    }

    private static Reader partial(String name) {
        return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
    }

    private static String read(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(BASE + name + ".mustache");
        if (in == null) {
            throw new IllegalStateException("No e-mail template " + BASE + name + ".mustache");
        }
        return in;
    }
}
