package com.jetops.command.notification;

import com.jetops.api.notification.NotificationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplatesTest {
    private final MailTemplates templates = new MailTemplates();

    private static final String LEG = """
            {"index":0,"from":"KTEB","fromName":"Teterboro","to":"KBOS","toName":"Boston","departure":"2026-12-10T14:00:00Z",
             "arrival":"2026-12-10T15:05:00Z","passengers":3,"positioning":false}""";

    private static String envelope(String type, String data) {
        return "{\"id\":\"ev-1\",\"type\":\"" + type + "\",\"occurredAt\":\"2026-12-01T10:00:00Z\",\"data\":" + data + "}";
    }

    @Test
    void aConfirmationNamesTheTripAircraftAndTimesReadably() {
        MailTemplates.Mail mail = templates.render(NotificationKind.BOOKING_CONFIRMED, envelope("BOOKING_CONFIRMED", """
                {"bookingId":"b-42","clientId":"c-1","tailNumber":"N350CL","aircraftType":"CL35","legs":[%s]}"""
                .formatted(LEG)), "Eleanor Vance");
        assertThat(mail.subject()).isEqualTo("Booking confirmed: KTEB→KBOS on N350CL");
        assertThat(mail.text()).contains("Dear Eleanor Vance,").contains("booking b-42")
                .contains("KTEB Teterboro → KBOS Boston")
                .contains("departs Thu 10 Dec 2026, 14:00 UTC, arrives Thu 10 Dec 2026, 15:05 UTC, 3 passenger(s)");
        assertThat(mail.html()).contains("<b>N350CL</b>").contains("<td>KTEB Teterboro</td>");
    }

    @Test
    void theHtmlBodyEscapesWhatItShowsAndTheTextBodyDoesNot() {
        MailTemplates.Mail mail = templates.render(NotificationKind.SCHEDULE_CHANGED, envelope("SCHEDULE_CHANGED", """
                {"bookingId":"b-42","tailNumber":"N350CL","aircraftType":"CL35","legs":[%s],"change":"DELAYED","leg":%s,
                 "estimatedDeparture":"2026-12-10T16:30:00Z","delayReason":"<de-icing> & snow"}""".formatted(LEG, LEG)),
                "O'Brien & Sons");
        assertThat(mail.subject()).isEqualTo("Delay: KTEB→KBOS now departs Thu 10 Dec 2026, 16:30 UTC");
        assertThat(mail.text()).contains("Dear O'Brien & Sons,").contains("Reason: <de-icing> & snow")
                .contains("planned to depart Thu 10 Dec 2026, 14:00 UTC");
        assertThat(mail.html()).contains("&lt;de-icing&gt; &amp; snow").doesNotContain("<de-icing>")
                .contains("O&#39;Brien &amp; Sons");
    }

    @Test
    void aReplannedTripListsTheNewLegsAndPrice() {
        MailTemplates.Mail mail = templates.render(NotificationKind.SCHEDULE_CHANGED, envelope("SCHEDULE_CHANGED", """
                {"bookingId":"b-42","tailNumber":"N350CL","aircraftType":"CL35","legs":[%s],"change":"REPLANNED",
                 "total":{"amount":"14210.50","currency":"USD"}}""".formatted(LEG)), "Eleanor Vance");
        assertThat(mail.subject()).isEqualTo("Your trip has changed: KTEB→KBOS");
        assertThat(mail.text()).contains("The change to booking b-42 is done").contains("Total: 14210.50 USD");
    }

    @Test
    void anInvoiceShowsNumberAmountAndDueDate() {
        MailTemplates.Mail mail = templates.render(NotificationKind.INVOICE_ISSUED, envelope("INVOICE_ISSUED", """
                {"invoiceId":"i-1","number":"JET-2026-000042","bookingId":"b-42","clientId":"c-1",
                 "total":{"amount":"14210.50","currency":"USD"},"issuedOn":"2026-12-10","dueOn":"2026-12-24"}"""), null);
        assertThat(mail.subject()).isEqualTo("Invoice JET-2026-000042: 14210.50 USD due Thu 24 Dec 2026");
        assertThat(mail.text()).startsWith("Dear there,");
    }

    @Test
    void everyKindHasATemplateThatRenders() {
        for (NotificationKind kind : NotificationKind.values()) {
            MailTemplates.Mail mail = templates.render(kind, envelope(kind.name(), """
                    {"bookingId":"b-42","quoteId":"q-1","tailNumber":"N350CL","aircraftType":"CL35","legs":[%s],"leg":%s,
                     "blockOff":"2026-12-10T14:02:00Z","blockOn":"2026-12-10T15:01:00Z","number":"JET-2026-000042",
                     "total":{"amount":"1.00","currency":"USD"},"validUntil":"2026-12-02T10:00:00Z",
                     "issuedOn":"2026-12-10","dueOn":"2026-12-24","estimatedDeparture":"2026-12-10T16:30:00Z"}"""
                    .formatted(LEG, LEG)), "Eleanor Vance");
            assertThat(mail.subject()).as(kind.name()).isNotBlank().doesNotContain("{{");
            String detail = kind == NotificationKind.INVOICE_ISSUED ? "JET-2026-000042" : "KTEB";
            assertThat(mail.text()).as(kind.name()).contains("Dear Eleanor Vance").contains(detail);
            assertThat(mail.html()).as(kind.name()).contains("Dear Eleanor Vance").contains(detail);
        }
    }
}
