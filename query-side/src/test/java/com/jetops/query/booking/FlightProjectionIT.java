package com.jetops.query.booking;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.BookingStatus;
import com.jetops.api.booking.CrewAssignment;
import com.jetops.api.booking.FindFlightQuery;
import com.jetops.api.booking.FindManifestQuery;
import com.jetops.api.booking.FlightManifest;
import com.jetops.api.booking.FlightView;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.EmptyLegView;
import com.jetops.api.booking.FindEmptyLegsQuery;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.ListFlightsQuery;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.query.EventStoreFixture;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The flights read model: events in, queries out, on the real PostgreSQL; and once through HTTP. */
@QuerySideIntegrationTest
class FlightProjectionIT {
    private static final Instant OUT = Instant.parse("2026-12-10T14:00:00Z");
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final AircraftId AIRCRAFT = AircraftId.of("8d3b0f6e-4a5c-4b9d-8ebf-2a3c4d5e6f70");
    private static final ClientId CLIENT = ClientId.of("7c2a9e5d-3f4b-4a8c-9dae-1f2b3c4d5e6f");

    @Autowired
    FlightProjection projection;
    @Autowired
    EmptyLegProjection emptyLegs;
    @Autowired
    EventStoreFixture.Appender events;
    @LocalServerPort
    int port;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static BookingRequestedEvent requested(BookingId bookingId) {
        List<PlannedLeg> legs = List.of(
                new PlannedLeg(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), OUT, OUT.plusSeconds(19800), 2, false),
                new PlannedLeg(1, new IcaoCode("KVNY"), new IcaoCode("KTEB"), OUT.plusSeconds(22500), OUT.plusSeconds(40500), 0, true));
        PriceBreakdown price = new PriceBreakdown(Currency.getInstance("USD"), BigDecimal.ONE,
                List.of(new PriceLine(PriceLineKind.BASE, "KTEB→KVNY", 0, Money.of("10000.00", "USD"))),
                Money.of("10000.00", "USD"), Money.of("0.00", "USD"), Money.of("10000.00", "USD"), null,
                Money.of("0.00", "USD"), BigDecimal.TEN, Money.of("1000.00", "USD"), Money.of("9000.00", "USD"), List.of());
        QuoteOption option = new QuoteOption(AIRCRAFT, "N350CL", "CL35", AircraftCategory.SUPER_MIDSIZE_JET, 10, null,
                Money.of("5000.00", "USD"), 470,
                legs, List.of(new TimeWindow(OUT, OUT.plusSeconds(22500)), new TimeWindow(OUT.plusSeconds(22500),
                OUT.plusSeconds(43200))), price, null);
        return new BookingRequestedEvent(bookingId, QuoteId.random(), CLIENT, null, option, List.of(
                new Passenger("Eleanor Vance", LocalDate.parse("1971-04-02"), "US", "X1234567", 62, null),
                new Passenger("Luke Sanderson", LocalDate.parse("1980-02-03"), "US", "X7654321", 80, null)), Set.of());
    }

    @Test
    void aBookingShowsItsLegsCrewAndHistoryAsItFlies() {
        BookingId bookingId = BookingId.random();
        CrewAssignment captain = new CrewAssignment(CrewMemberId.random(), "Alex Morgan", CrewRole.PILOT_IN_COMMAND,
                List.of(AssignmentId.random()));
        projection.on(requested(bookingId), 0, AT);
        projection.on(new BookingConfirmedEvent(bookingId, AIRCRAFT, List.of(ReservationId.random()), List.of(captain)), 1, AT);
        projection.on(new LegDepartedEvent(bookingId, 0, OUT), 2, OUT);
        projection.on(new LegArrivedEvent(bookingId, 0, AIRCRAFT, new IcaoCode("KTEB"), new IcaoCode("KVNY"), OUT,
                OUT.plusSeconds(19000), 300), 3, OUT.plusSeconds(19000));

        FlightView view = projection.find(new FindFlightQuery(bookingId));
        assertThat(view.status()).isEqualTo(BookingStatus.IN_PROGRESS);
        assertThat(view.crew()).containsExactly(captain);
        assertThat(view.legs().get(0).status()).isEqualTo("ARRIVED");
        assertThat(view.legs().get(0).blockOn()).isEqualTo(OUT.plusSeconds(19000));
        assertThat(view.legs().get(1).status()).isEqualTo("SCHEDULED");
        assertThat(view.history()).extracting(h -> h.status()).containsExactly(BookingStatus.REQUESTED,
                BookingStatus.CONFIRMED, BookingStatus.IN_PROGRESS, BookingStatus.IN_PROGRESS);
        assertThat(view.version()).isEqualTo(3);

        projection.on(new BookingCompletedEvent(bookingId, OUT), 4, OUT);
        projection.on(new BookingCompletedEvent(bookingId, OUT), 4, OUT);   // redelivered: nothing changes
        assertThat(projection.find(new FindFlightQuery(bookingId)).history()).hasSize(5);
    }

    @Test
    void aRejectionKeepsTheReasonAndListsFilterByStatusClientAndAirport() {
        BookingId rejected = BookingId.random();
        projection.on(requested(rejected), 0, AT);
        projection.on(new BookingRejectedEvent(rejected, "No CL35-rated first officer legal"), 1, AT);

        assertThat(projection.find(new FindFlightQuery(rejected)).reason()).isEqualTo("No CL35-rated first officer legal");
        assertThat(projection.list(new ListFlightsQuery(BookingStatus.REJECTED, CLIENT, null, null, new IcaoCode("KVNY"),
                OUT.minus(Duration.ofDays(1)), OUT.plus(Duration.ofDays(1)), 0, 200)).items())
                .extracting(FlightView::bookingId).contains(rejected);
        assertThat(projection.list(new ListFlightsQuery(BookingStatus.REJECTED, CLIENT, null, null, new IcaoCode("EGLF"),
                null, null, 0, 200)).items()).extracting(FlightView::bookingId).doesNotContain(rejected);
    }

    @Test
    void theManifestListsWhoFliesEachRevenueLeg() {
        BookingId bookingId = BookingId.random();
        projection.on(requested(bookingId), 0, AT);

        FlightManifest manifest = projection.manifest(new FindManifestQuery(bookingId));
        assertThat(manifest.legs()).hasSize(1);
        assertThat(manifest.legs().get(0).passengers()).extracting(Passenger::name)
                .containsExactly("Eleanor Vance", "Luke Sanderson");
        assertThat(manifest.legs().get(0).totalWeightKg()).isEqualTo(142);
    }

    @Test
    void aBookingInTheEventStoreIsReadableOverHttp() throws Exception {
        BookingId bookingId = BookingId.random();
        events.append("Booking", bookingId.value(), 0, requested(bookingId));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = TestTokens.request(URI.create("http://localhost:" + port + "/flights/" + bookingId)).build();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        JsonNode view = new ObjectMapper().readTree(http.send(get, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(view.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(view.at("/price/total/amount").asText()).isEqualTo("10000.00");
        HttpResponse<String> missing = http.send(TestTokens.request(URI.create("http://localhost:" + port
                + "/flights/" + BookingId.random())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void asOfAnInstantTheBookingIsWhatItsEventsUpToThenMadeIt() throws Exception {
        BookingId bookingId = BookingId.random();
        events.append("Booking", bookingId.value(), 0, requested(bookingId));
        Thread.sleep(20);
        Instant requestedOnly = Instant.now();
        Thread.sleep(20);
        events.append("Booking", bookingId.value(), 1, new BookingConfirmedEvent(bookingId, AIRCRAFT, List.of(), List.of()));
        HttpClient http = HttpClient.newHttpClient();
        JsonNode then = new ObjectMapper().readTree(http.send(TestTokens.request(URI.create("http://localhost:" + port
                + "/flights/" + bookingId + "/as-of?at=" + requestedOnly)).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(then.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(then.get("history")).hasSize(1);
        JsonNode now = new ObjectMapper().readTree(http.send(TestTokens.request(URI.create("http://localhost:" + port
                + "/flights/" + bookingId + "/as-of?at=" + Instant.now().plusSeconds(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(now.get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void aConfirmedBookingsPositioningLegIsOfferedAtTheDiscountUntilItDeparts() {
        BookingId bookingId = BookingId.random();
        BookingRequestedEvent requested = requested(bookingId);
        emptyLegs.on(requested, 0);
        FindEmptyLegsQuery fromVanNuys = new FindEmptyLegsQuery(new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                OUT, OUT.plus(Duration.ofDays(1)), 0, 200);
        assertThat(offered(fromVanNuys, bookingId)).isEmpty();   // not before confirmation

        emptyLegs.on(new BookingConfirmedEvent(bookingId, AIRCRAFT, List.of(), List.of()), 1);
        // The fleet read model holds the hourly rate: 5,000.00 USD an hour × 300 min, less the discount.
        jdbc.update("insert into fleet_aircraft (aircraft_id, tail_number, manufacturer, model, type_designator, "
                + "category, year_of_manufacture, seating_capacity, range_nm, cruise_speed_kt, hourly_rate_amount, "
                + "hourly_rate_currency, base_airport, current_airport, status, amenities, registered_at, version) "
                + "values (?, 'N350CL', 'Bombardier', 'Challenger 350', 'CL35', 'SUPER_MIDSIZE_JET', 2021, 10, 3200, "
                + "470, 5000, 'USD', 'KTEB', 'KTEB', 'AVAILABLE', '{}', now(), 0) on conflict do nothing", AIRCRAFT.value());
        List<EmptyLegView> legs = offered(fromVanNuys, bookingId);
        assertThat(legs).singleElement().satisfies(leg -> {
            assertThat(leg.legIndex()).isEqualTo(1);
            BigDecimal expected = new BigDecimal("5000").multiply(BigDecimal.valueOf(300))
                    .multiply(BigDecimal.valueOf(100).subtract(leg.discountPercent()))
                    .divide(BigDecimal.valueOf(6000), 2, java.math.RoundingMode.HALF_EVEN);
            assertThat(leg.fromPrice()).isEqualTo(new Money(expected, Currency.getInstance("USD")));
        });

        // Sold to another booking: off sale; that booking cancelled: on sale again.
        BookingId buyer = BookingId.random();
        emptyLegs.on(new EmptyLegSoldEvent(bookingId, 1, buyer, 2, AIRCRAFT, null, List.of()), 2);
        assertThat(offered(fromVanNuys, bookingId)).isEmpty();
        emptyLegs.on(new EmptyLegReleasedEvent(bookingId, 1, buyer, "Booking " + buyer + " cancelled"), 3);
        assertThat(offered(fromVanNuys, bookingId)).hasSize(1);

        emptyLegs.on(new LegDepartedEvent(bookingId, 1, OUT.plusSeconds(22500)), 4);
        emptyLegs.on(new BookingConfirmedEvent(bookingId, AIRCRAFT, List.of(), List.of()), 1);   // redelivered
        assertThat(offered(fromVanNuys, bookingId)).isEmpty();
    }

    private List<EmptyLegView> offered(FindEmptyLegsQuery query, BookingId bookingId) {
        return emptyLegs.find(query).items().stream().filter(l -> l.bookingId().equals(bookingId)).toList();
    }
}
