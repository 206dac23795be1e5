package com.jetops.command.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.EraseClientPersonalDataCommand;
import com.jetops.api.security.Role;
import com.jetops.command.CommandApi;
import com.jetops.platform.security.TokenMinter;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static com.jetops.command.Eventually.eventually;
import static com.jetops.command.notification.Trips.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client e-mail end to end: the real API drives quotes, bookings and flights, the
 * "notifications" processor queues, the sender delivers over SMTP to GreenMail, a real SMTP
 * server in this JVM (application-test.yml points every test context at its port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationMailIT {
    static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("JETOPS_TEST_SMTP_PORT", "3465"));

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commandGateway;

    private CommandApi api;
    private Trips trips;

    @BeforeEach
    void operator() {
        api = new CommandApi(port);
        trips = new Trips(api);
    }

    private static String address() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectStart) {
        return eventually(() -> mailTo(address).stream().filter(m -> subject(m).startsWith(subjectStart)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private static List<String> subjects(String address) {
        return mailTo(address).stream().map(NotificationMailIT::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body part of this MIME type, found through the mixed/related/alternative nesting. */
    private static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> outboxRows(String clientId) {
        return jdbc.queryForList("select kind, status from notification_outbox where channel = 'EMAIL' and target = ?",
                clientId);
    }

    @Test
    void aClientIsMailedTheQuoteConfirmationDepartureArrivalAndInvoice() throws Exception {
        String address = address();
        String clientId = trips.client("Eleanor Vance", address);
        Instant departure = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        JsonNode quote = trips.quote(clientId, departure);

        MimeMessage quoted = awaitMail(address, "Your quote for KTEB→KBOS");
        assertThat(quoted.getFrom()[0].toString()).contains("notifications@jetops.example");
        assertThat(quoted.getHeader("X-JetOps-Event-Id")).isNotEmpty();
        String quoteText = part(quoted, "text/plain");
        assertThat(quoteText).contains("Dear Eleanor Vance,").contains(quote.get("quoteId").asText())
                .contains(trips.tailNumber).contains("KTEB Teterboro → KBOS Boston")
                .contains(quote.at("/offer/price/total/amount").asText() + " USD");
        assertThat(part(quoted, "text/html")).contains("<b>" + quote.get("quoteId").asText() + "</b>");

        String bookingId = trips.book(quote.get("quoteId").asText());
        MimeMessage confirmed = awaitMail(address, "Booking confirmed: KTEB→KBOS on " + trips.tailNumber);
        assertThat(part(confirmed, "text/plain")).contains("booking " + bookingId).contains("3 passenger(s)");

        // Flown earlier than planned so every actual time is already in the past.
        Instant off = Instant.now().minus(Duration.ofMinutes(180)).truncatedTo(ChronoUnit.MINUTES);
        trips.report(bookingId, 0, "DEPARTED", off, null);
        trips.report(bookingId, 0, "ARRIVED", off.plus(Duration.ofMinutes(55)), 45L);
        trips.report(bookingId, 1, "DEPARTED", off.plus(Duration.ofMinutes(70)), null);   // home to base, empty
        trips.report(bookingId, 1, "ARRIVED", off.plus(Duration.ofMinutes(125)), 45L);

        MimeMessage departed = awaitMail(address, "Departed: KTEB→KBOS on " + trips.tailNumber);
        assertThat(part(departed, "text/plain")).contains("left KTEB Teterboro at "
                + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(off));
        awaitMail(address, "Arrived: KTEB→KBOS on " + trips.tailNumber);
        MimeMessage invoiced = awaitMail(address, "Invoice JET-");
        assertThat(part(invoiced, "text/plain")).contains("for booking " + bookingId);

        // The positioning leg home carried nobody: the client is not told about it.
        assertThat(subjects(address)).hasSize(5).noneMatch(subject -> subject.contains("KBOS→KTEB"));
        assertThat(outboxRows(clientId)).allMatch(row -> "SENT".equals(row.get("status")));
    }

    @Test
    void aClientWhoOptedOutOfAKindGetsNoneOfItAndTheRestStillArrives() {
        String address = address();
        String clientId = trips.client("Marcus Vance", address);
        String clientToken = "Bearer " + TokenMinter.development().mint(Role.CLIENT, clientId);
        HttpResponse<String> chosen = api.send("PUT", "/clients/" + clientId + "/notification-preferences",
                "{\"email\":[\"BOOKING_CONFIRMED\"]}", Map.of("Authorization", clientToken));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);

        JsonNode quote = trips.quote(clientId, Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS));
        trips.book(quote.get("quoteId").asText());
        awaitMail(address, "Booking confirmed");
        // The quote came first in the stream: had it been queued it would have been sent by now.
        assertThat(subjects(address)).hasSize(1).allMatch(subject -> subject.startsWith("Booking confirmed"));
        assertThat(outboxRows(clientId)).extracting(row -> row.get("kind")).containsExactly("BOOKING_CONFIRMED");

        // Everything off: nothing more is queued for this client.
        ok(api.send("PUT", "/clients/" + clientId + "/notification-preferences", "{\"email\":[]}",
                Map.of("Authorization", clientToken)));
        JsonNode second = trips.quote(clientId, Instant.now().plus(Duration.ofDays(25)).truncatedTo(ChronoUnit.HOURS));
        awaitProcessed(second.get("quoteId").asText());
        assertThat(outboxRows(clientId)).hasSize(1);
    }

    @Test
    void anErasedClientIsNotWrittenToAgain() {
        String address = address();
        String clientId = trips.client("Ada Lowe", address);
        Instant departure = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        String bookingId = trips.book(trips.quote(clientId, departure).get("quoteId").asText());
        awaitMail(address, "Booking confirmed");
        int before = mailTo(address).size();

        commandGateway.sendAndWait(new EraseClientPersonalDataCommand(ClientId.of(clientId)));
        eventually(() -> jdbc.queryForObject("select erased and email is null and name is null "
                + "from notification_recipient where client_id = ?", Boolean.class, clientId), Boolean.TRUE::equals);
        trips.report(bookingId, 0, "DEPARTED", Instant.now().minus(Duration.ofMinutes(5)), null);
        awaitProcessed(bookingId);

        assertThat(mailTo(address)).hasSize(before);
        assertThat(outboxRows(clientId)).extracting(row -> row.get("kind")).doesNotContain("FLIGHT_DEPARTED");
    }

    @Test
    void preferencesNameTheFieldAtFaultAndAClientMayOnlySetTheirOwn() {
        String clientId = trips.client("Iris Chen", address());
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        HttpResponse<String> unknown = api.send("PUT", "/clients/" + clientId + "/notification-preferences",
                "{\"email\":[\"BOOKING_CONFIRMED\",\"PROMOTIONS\"]}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(json(unknown).toString()).contains("email");
        HttpResponse<String> missing = api.send("PUT", "/clients/" + clientId + "/notification-preferences", "{}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(json(missing).at("/errors/0/field").asText()).isEqualTo("email");
        String someoneElse = "Bearer " + TokenMinter.development().mint(Role.CLIENT, UUID.randomUUID().toString());
        assertThat(api.send("PUT", "/clients/" + clientId + "/notification-preferences", "{\"email\":[]}",
                Map.of("Authorization", someoneElse)).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    /** Waits until the "notifications" processor's token has passed the aggregate's last event (a negative needs it). */
    void awaitProcessed(String aggregateId) {
        long last = jdbc.queryForObject("select max(global_index) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
        eventually(() -> jdbc.queryForObject("select convert_from(token, 'UTF8') from token_entry "
                + "where processor_name = 'notifications'", String.class), token -> index(token) >= last);
    }

    /** The position in a serialized GapAwareTrackingToken (or a replay token's current one). */
    static long index(String token) {
        if (token == null) {
            return -1;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)").matcher(token);
        long index = -1;
        while (matcher.find()) {
            index = Long.parseLong(matcher.group(1));
        }
        return index;
    }
}
