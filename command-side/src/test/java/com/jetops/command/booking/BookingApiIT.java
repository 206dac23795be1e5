package com.jetops.command.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.api.booking.BookingId;
import com.jetops.command.CommandApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.jetops.command.CommandApi.json;
import static com.jetops.command.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trip through real HTTP on the real event store: quote → book → confirmed by the saga with
 * aircraft and crew → departed → arrived → invoiced → paid; cancellation and rejection; and two
 * bookings racing for one aircraft. Each test flies its own aircraft type, so its crew is its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BookingApiIT {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QuotePlanner planner;

    private CommandApi api;
    private String type;
    private String aircraftId;
    private String clientId;

    @BeforeEach
    void fleetCrewAndClient() {
        api = new CommandApi(port);
        type = "Q" + (char) ('A' + new Random().nextInt(26)) + UUID.randomUUID().toString().substring(0, 2).toUpperCase();
        aircraftId = created(api.post("/aircraft", """
                {"tailNumber":"%s","manufacturer":"Bombardier","model":"Challenger 350","typeDesignator":"%s",
                 "category":"SUPER_MIDSIZE_JET","yearOfManufacture":2021,"seatingCapacity":9,"rangeNm":3200,
                 "cruiseSpeedKt":470,"hourlyRate":{"amount":"6200.00","currency":"USD"},"baseAirport":"KTEB",
                 "amenities":["wifi"]}""".formatted(CommandApi.uniqueTail(), type)), "aircraftId");
        for (String position : List.of("CAPTAIN", "CAPTAIN", "FIRST_OFFICER", "FIRST_OFFICER")) {
            hirePilot(position);
        }
        clientId = created(api.post("/clients", """
                {"kind":"INDIVIDUAL","contact":{"name":"Eleanor Vance"},"email":"%s@example.com","phone":"+1 212 555 0142",
                 "billingAddress":{"line1":"745 Fifth Avenue","city":"New York","postalCode":"10151","country":"US"},
                 "emergencyContacts":[]}""".formatted(UUID.randomUUID())), "clientId");
    }

    private void hirePilot(String position) {
        String id = created(api.post("/crew", """
                {"employeeId":"P-%s","name":"Pilot %s","position":"%s","baseAirport":"KTEB",
                 "contact":{"phone":"+1 201 555 0123","emergencyContactName":"Dana Reyes","emergencyContactPhone":"+1 201 555 0188"}}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), position, position)), "crewMemberId");
        ok(api.post("/crew/" + id + "/licences", """
                {"kind":"AIRLINE_TRANSPORT_PILOT","number":"ATP-1","issuingAuthority":"FAA","expiresOn":"2030-01-31"}"""));
        ok(api.post("/crew/" + id + "/medical", "{\"medicalClass\":1,\"expiresOn\":\"2030-12-31\"}"));
        ok(api.post("/crew/" + id + "/type-ratings", "{\"typeDesignator\":\"" + type + "\"}"));
    }

    private static String created(HttpResponse<String> response, String idField) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get(idField).asText();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    /** KTEB→KBOS for 3 passengers at the given time, on this test's aircraft (the catalog may need a moment to know it). */
    private JsonNode quote(Instant departure) {
        String body = """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KTEB","to":"KBOS","departure":"%s","passengers":3}]}"""
                .formatted(clientId, aircraftId, departure);
        HttpResponse<String> response = eventually(() -> api.post("/flights/quote", body), r -> r.statusCode() == 201);
        return json(response);
    }

    private static String passengers(int count) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add("{\"name\":\"Passenger " + i + "\",\"dateOfBirth\":\"1980-01-0" + (i + 1)
                    + "\",\"nationality\":\"US\",\"passportNumber\":\"X100000" + i + "\"}");
        }
        return "[" + String.join(",", list) + "]";
    }

    private HttpResponse<String> book(String quoteId) {
        return book(quoteId, 3);
    }

    private HttpResponse<String> book(String quoteId, int passengerCount) {
        return api.post("/flights", "{\"quoteId\":\"" + quoteId + "\",\"passengers\":" + passengers(passengerCount) + "}");
    }

    private List<String> eventTypes(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String payload(String aggregateId, String eventType) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like ?", String.class, aggregateId, "%." + eventType);
    }

    private List<String> awaitEvent(String aggregateId, String eventType) {
        return eventually(() -> eventTypes(aggregateId), types -> types.contains(eventType));
    }

    private void report(String bookingId, int leg, String status, Instant at, Long airborneMinutes) {
        ok(api.post("/flights/" + bookingId + "/status", """
                {"legIndex":%d,"status":"%s","at":"%s","airborneMinutes":%s}"""
                .formatted(leg, status, at, airborneMinutes)));
    }

    /** A client quotes, books and cancels only for themselves; everyone else's quotes and bookings are 404. */
    @Test
    void aClientActsOnlyOnTheirOwnQuotesAndBookings() {
        var minter = com.jetops.platform.security.TokenMinter.development();
        java.util.Map<String, String> me = java.util.Map.of("Authorization",
                "Bearer " + minter.mint(com.jetops.api.security.Role.CLIENT, clientId));
        java.util.Map<String, String> someoneElse = java.util.Map.of("Authorization",
                "Bearer " + minter.mint(com.jetops.api.security.Role.CLIENT, UUID.randomUUID().toString()));
        java.util.Map<String, String> agent = java.util.Map.of("Authorization",
                "Bearer " + minter.mint(com.jetops.api.security.Role.BOOKING_AGENT, "agent-" + UUID.randomUUID()));
        Instant departure = Instant.now().plus(Duration.ofDays(40));
        String itinerary = """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KTEB","to":"KBOS","departure":"%s","passengers":3}]}"""
                .formatted(clientId, aircraftId, departure);
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(api.send("POST", "/flights/quote", itinerary, someoneElse).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/flights/quote", itinerary.replace("\"clientId\"", "\"agentId\":\"agent-x\",\"clientId\""),
                agent).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);

        HttpResponse<String> quoted = eventually(() -> api.send("POST", "/flights/quote", itinerary, me),
                r -> r.statusCode() == 201);
        String quoteId = json(quoted).get("quoteId").asText();
        String manifest = "{\"quoteId\":\"" + quoteId + "\",\"passengers\":" + passengers(3) + "}";
        assertThat(api.send("POST", "/flights", manifest, someoneElse).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/flights", manifest, agent).statusCode()).isEqualTo(404);
        HttpResponse<String> booked = api.send("POST", "/flights", manifest, me);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(202);
        String bookingId = json(booked).get("bookingId").asText();
        assertThat(api.send("POST", "/flights/" + bookingId + "/cancel", "{\"reason\":\"not mine\"}", someoneElse)
                .statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/flights/" + bookingId + "/cancel", "{\"reason\":\"not mine\"}", agent)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void quoteBookConfirmFlyInvoicePay() throws Exception {
        Instant departure = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        JsonNode quote = quote(departure);
        assertThat(quote.at("/offer/aircraftId").asText()).isEqualTo(aircraftId);
        assertThat(quote.at("/offer/legs").size()).isEqualTo(2);   // KTEB→KBOS and home to base
        assertThat(quote.at("/offer/legs/1/positioning").asBoolean()).isTrue();
        assertThat(quote.at("/offer/price/total/amount").asText()).isNotBlank();
        // Reproducible: the stored quote, priced again from what it recorded, gives the same lines.
        com.jetops.api.booking.QuoteIssuedEvent stored = com.jetops.platform.eventstore.AxonSerializers.objectMapper()
                .readValue(payload(quote.get("quoteId").asText(), "QuoteIssuedEvent"),
                        com.jetops.api.booking.QuoteIssuedEvent.class);
        assertThat(planner.reprice(stored, stored.offer())).isEqualTo(stored.offer().price());

        HttpResponse<String> booked = book(quote.get("quoteId").asText());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(202);
        String bookingId = json(booked).get("bookingId").asText();
        assertThat(book(quote.get("quoteId").asText()).statusCode()).isEqualTo(409);   // a quote is booked once

        awaitEvent(bookingId, "BookingConfirmedEvent");
        assertThat(payload(bookingId, "BookingConfirmedEvent"))
                .contains("\"role\":\"PILOT_IN_COMMAND\"").contains("\"role\":\"SECOND_IN_COMMAND\"");
        // The audit trail's metadata: the command that caused the event, and the chain from the booking request.
        String metadata = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like '%.BookingConfirmedEvent'", String.class, bookingId);
        assertThat(metadata).contains("\"causedBy\":\"ConfirmBookingCommand\"").contains("\"traceId\"");

        ok(api.post("/flights/" + bookingId + "/extras",
                "{\"description\":\"De-icing at KTEB\",\"amount\":{\"amount\":\"250.00\",\"currency\":\"USD\"}}"));

        // Flown earlier than planned so every actual time is already in the past.
        Instant off = Instant.now().minus(Duration.ofMinutes(180)).truncatedTo(ChronoUnit.MINUTES);
        report(bookingId, 0, "DEPARTED", off, null);
        report(bookingId, 0, "ARRIVED", off.plus(Duration.ofMinutes(55)), 45L);
        report(bookingId, 1, "DEPARTED", off.plus(Duration.ofMinutes(70)), null);
        report(bookingId, 1, "ARRIVED", off.plus(Duration.ofMinutes(125)), 45L);

        List<String> events = awaitEvent(bookingId, "BookingInvoicedEvent");
        assertThat(events).containsSubsequence("BookingRequestedEvent", "BookingConfirmedEvent", "LegDepartedEvent",
                "LegArrivedEvent", "BookingCompletedEvent", "BookingInvoicedEvent");
        assertThat(eventually(() -> eventTypes(aircraftId), t -> t.stream().filter("FlightLegRecordedEvent"::equals).count() == 2))
                .contains("AircraftReservationConfirmedEvent");

        String invoiceId = BookingFulfilment.invoiceId(BookingId.of(bookingId), "trip").value();
        JsonNode invoice = CommandApi.JSON.readTree(payload(invoiceId, "InvoiceIssuedEvent"));
        assertThat(invoice.get("number").asText()).matches("JET-\\d{4}-\\d{6}");
        String total = invoice.at("/price/total/amount").asText();
        assertThat(new java.math.BigDecimal(total)).isEqualByComparingTo(
                new java.math.BigDecimal(quote.at("/offer/price/total/amount").asText()).add(new java.math.BigDecimal("250.00")));

        ok(api.post("/invoices/" + invoiceId + "/payments", """
                {"amount":{"amount":"%s","currency":"USD"},"methodReference":"tok_wire_1","receivedOn":"%s"}"""
                .formatted(total, java.time.LocalDate.now(java.time.ZoneOffset.UTC))));
        assertThat(awaitEvent(bookingId, "BookingPaidEvent")).endsWith("BookingPaidEvent");
        assertThat(eventTypes(invoiceId)).contains("InvoicePaidEvent", "OwnerPayoutDueEvent");
    }

    @Test
    void twoBookingsRacingForOneAircraftEndOneConfirmedOneRejected() {
        Instant departure = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        String first = quote(departure).get("quoteId").asText();
        String second = quote(departure.plus(Duration.ofMinutes(30))).get("quoteId").asText();

        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> book(first));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> book(second));
        List<String> bookings = List.of(json(a.join()).get("bookingId").asText(), json(b.join()).get("bookingId").asText());

        List<List<String>> outcomes = bookings.stream().map(id -> eventually(() -> eventTypes(id),
                t -> t.contains("BookingConfirmedEvent") || t.contains("BookingRejectedEvent"))).toList();
        assertThat(outcomes.stream().filter(t -> t.contains("BookingConfirmedEvent")).count()).isEqualTo(1);
        String rejected = bookings.get(outcomes.get(0).contains("BookingRejectedEvent") ? 0 : 1);
        assertThat(payload(rejected, "BookingRejectedEvent")).contains("cannot be reserved");
        // Held minus released: exactly the winner's two legs stay reserved.
        List<String> aircraftEvents = eventTypes(aircraftId);
        long held = aircraftEvents.stream().filter("AircraftReservationHeldEvent"::equals).count();
        long released = aircraftEvents.stream().filter("AircraftReservationReleasedEvent"::equals).count();
        assertThat(held - released).isEqualTo(2);
    }

    @Test
    void cancellingAConfirmedBookingReleasesAircraftAndCrew() {
        JsonNode quote = quote(Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS));
        String bookingId = json(book(quote.get("quoteId").asText())).get("bookingId").asText();
        awaitEvent(bookingId, "BookingConfirmedEvent");

        ok(api.post("/flights/" + bookingId + "/cancel", "{\"reason\":\"plans changed\"}"));

        assertThat(payload(bookingId, "BookingCancelledEvent")).contains("\"feePercent\":0");
        List<String> aircraftEvents = eventually(() -> eventTypes(aircraftId),
                t -> t.stream().filter("AircraftReservationReleasedEvent"::equals).count() == 2);
        assertThat(aircraftEvents.stream().filter("AircraftReservationHeldEvent"::equals).count()).isEqualTo(2);
        assertThat(api.post("/flights/" + bookingId + "/cancel", "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void aTripNoAircraftCanFlyIsRefusedWithTheReasonAndNothingStored() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        HttpResponse<String> tooFar = api.post("/flights/quote", """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KTEB","to":"RJTT","departure":"%s","passengers":3}]}"""
                .formatted(clientId, aircraftId, Instant.now().plus(Duration.ofDays(10))));
        assertThat(tooFar.statusCode()).isIn(422);
        assertThat(json(tooFar).get("detail").asText()).contains("out of range for KTEB→RJTT");
        HttpResponse<String> badLeg = api.post("/flights/quote", """
                {"clientId":"%s","legs":[{"from":"KTEB","to":"ZZZZ","departure":"%s","passengers":3}]}"""
                .formatted(clientId, Instant.now().plus(Duration.ofDays(10))));
        assertThat(badLeg.statusCode()).isEqualTo(400);
        assertThat(json(badLeg).at("/errors/0/field").asText()).isEqualTo("legs[0].to");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void aConfirmedTripMovedTwoHoursLaterIsRepricedAcceptedAndReReserved() throws Exception {
        Instant departure = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
        JsonNode quote = quote(departure);
        String bookingId = json(book(quote.get("quoteId").asText())).get("bookingId").asText();
        awaitEvent(bookingId, "BookingConfirmedEvent");

        HttpResponse<String> proposed = api.send("PUT", "/flights/" + bookingId, """
                {"legs":[{"from":"KTEB","to":"KBOS","departure":"%s","passengers":3}],"passengers":%s}"""
                .formatted(departure.plus(Duration.ofHours(2)), passengers(3)));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        JsonNode change = json(proposed);
        assertThat(change.at("/priceDifference/currency").asText()).isEqualTo("USD");
        assertThat(change.at("/option/legs/0/departure").asText()).isEqualTo(departure.plus(Duration.ofHours(2)).toString());
        assertThat(eventTypes(bookingId)).doesNotContain("BookingChangedEvent");   // nothing changes before acceptance

        HttpResponse<String> accepted = api.post("/flights/" + bookingId + "/changes/" + change.get("changeId").asText()
                + "/accept", null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        awaitEvent(bookingId, "BookingChangedEvent");
        List<String> aircraftEvents = eventTypes(aircraftId);
        assertThat(aircraftEvents.stream().filter("AircraftReservationHeldEvent"::equals).count()).isEqualTo(4);
        assertThat(aircraftEvents.stream().filter("AircraftReservationReleasedEvent"::equals).count()).isEqualTo(2);
        HttpResponse<String> tooMany = api.send("PUT", "/flights/" + bookingId, """
                {"legs":[{"from":"KTEB","to":"KBOS","departure":"%s","passengers":12}],"passengers":%s}"""
                .formatted(departure, passengers(3)));
        assertThat(tooMany.statusCode()).isEqualTo(422);
    }

    @Test
    void anEmptyLegHomeIsSoldFliesWithItsHostAndIsBilledOnItsOwn() throws Exception {
        Instant departure = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        JsonNode hostQuote = quote(departure);
        String host = json(book(hostQuote.get("quoteId").asText())).get("bookingId").asText();
        awaitEvent(host, "BookingConfirmedEvent");
        Instant homeDeparture = Instant.parse(hostQuote.at("/offer/legs/1/departure").asText());

        // An hour off the positioning leg's time still finds it; the client flies at the leg's time.
        // The catalog learns of the confirmation a moment after it is stored (tracking processor),
        // and until then the same request is quoted as an ordinary trip.
        String body = """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KBOS","to":"KTEB","departure":"%s","passengers":2}]}"""
                .formatted(clientId, aircraftId, homeDeparture.plus(Duration.ofHours(1)));
        JsonNode quote = json(eventually(() -> api.post("/flights/quote", body), r -> r.statusCode() == 201
                && json(r).at("/offer/emptyLegOf/hostBookingId").asText().equals(host)));
        assertThat(quote.at("/offer/emptyLegOf/hostBookingId").asText()).isEqualTo(host);
        assertThat(quote.at("/offer/emptyLegOf/legIndex").asInt()).isEqualTo(1);
        assertThat(quote.at("/offer/legs").size()).isEqualTo(1);
        assertThat(quote.at("/offer/legs/0/departure").asText()).isEqualTo(homeDeparture.toString());
        assertThat(quote.at("/offer/reservationWindows").size()).isZero();
        assertThat(quote.at("/offer/price/lines").findValuesAsText("kind")).contains("EMPTY_LEG_DISCOUNT");

        HttpResponse<String> booked = book(quote.get("quoteId").asText(), 2);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(202);
        String buyer = json(booked).get("bookingId").asText();
        awaitEvent(buyer, "BookingConfirmedEvent");
        assertThat(payload(buyer, "BookingConfirmedEvent"))
                .contains(BookingFulfilment.reservationId(BookingId.of(host), 1).value()).contains("PILOT_IN_COMMAND");
        assertThat(eventTypes(host)).contains("EmptyLegSoldEvent");

        // The host's trip cannot move the sold leg; the buyer's leg is reported only through its host.
        HttpResponse<String> change = api.send("PUT", "/flights/" + host, """
                {"legs":[{"from":"KTEB","to":"KBOS","departure":"%s","passengers":3}],"passengers":%s}"""
                .formatted(departure.plus(Duration.ofHours(1)), passengers(3)));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(409);
        assertThat(change.body()).contains("empty-leg-sold");
        Instant off = Instant.now().minus(Duration.ofMinutes(180)).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> direct = api.post("/flights/" + buyer + "/status", """
                {"legIndex":0,"status":"DEPARTED","at":"%s"}""".formatted(off));
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(409);

        report(host, 0, "DEPARTED", off, null);
        report(host, 0, "ARRIVED", off.plus(Duration.ofMinutes(55)), 45L);
        report(host, 1, "DEPARTED", off.plus(Duration.ofMinutes(70)), null);
        report(host, 1, "ARRIVED", off.plus(Duration.ofMinutes(125)), 45L);

        assertThat(awaitEvent(buyer, "BookingInvoicedEvent")).containsSubsequence("BookingConfirmedEvent",
                "LegDepartedEvent", "LegArrivedEvent", "BookingCompletedEvent", "BookingInvoicedEvent");
        awaitEvent(host, "BookingInvoicedEvent");
        // The aircraft flew two legs, not three: the buyer's leg is the host's positioning leg.
        assertThat(eventually(() -> eventTypes(aircraftId).stream().filter("FlightLegRecordedEvent"::equals).count(),
                n -> n == 2)).isEqualTo(2);
        JsonNode invoice = CommandApi.JSON.readTree(payload(
                BookingFulfilment.invoiceId(BookingId.of(buyer), "trip").value(), "InvoiceIssuedEvent"));
        assertThat(invoice.at("/price/total/amount").asText()).isEqualTo(quote.at("/offer/price/total/amount").asText());
    }

    @Test
    void aQuotePlansFromWhereTheAircraftsEarlierTripLeavesItNotWhereItIsNow() {
        // Flown to Boston yesterday: the aircraft is there now.
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        ok(api.post("/aircraft/" + aircraftId + "/flight-legs", """
                {"from":"KTEB","to":"KBOS","blockOff":"%s","blockOn":"%s","airborneMinutes":45,"cycles":1}"""
                .formatted(yesterday, yesterday.plus(Duration.ofMinutes(55)))));
        String body = """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KTEB","to":"KPWM","departure":"%s","passengers":2}]}""";
        Instant first = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
        JsonNode firstQuote = json(eventually(() -> api.post("/flights/quote", body.formatted(clientId, aircraftId, first)),
                r -> r.statusCode() == 201 && json(r).at("/offer/legs/0/from").asText().equals("KBOS")));
        assertThat(firstQuote.at("/offer/legs/0/positioning").asBoolean()).isTrue();   // KBOS→KTEB first
        String booking = json(book(firstQuote.get("quoteId").asText(), 2)).get("bookingId").asText();
        awaitEvent(booking, "BookingConfirmedEvent");

        // A week later it is back at base from that trip: no positioning from Boston.
        Instant later = first.plus(Duration.ofDays(7));
        JsonNode laterQuote = json(eventually(() -> api.post("/flights/quote", body.formatted(clientId, aircraftId, later)),
                r -> r.statusCode() == 201 && json(r).at("/offer/legs/0/from").asText().equals("KTEB")));
        assertThat(laterQuote.at("/offer/legs/0/positioning").asBoolean()).isFalse();
        assertThat(laterQuote.at("/offer/legs").size()).isEqualTo(2);   // KTEB→KPWM and home
    }
}
