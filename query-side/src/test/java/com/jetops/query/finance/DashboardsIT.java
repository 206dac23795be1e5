package com.jetops.query.finance;

import com.jetops.query.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.billing.InvoiceIssuedEvent;
import com.jetops.api.billing.InvoiceOverdueEvent;
import com.jetops.api.billing.InvoicePaidEvent;
import com.jetops.api.billing.OwnerPaidOutEvent;
import com.jetops.api.billing.PaymentRecordedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.QuoteAcceptedEvent;
import com.jetops.api.booking.QuoteExpiredEvent;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.query.QuerySideIntegrationTest;
import com.jetops.query.fleet.FleetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards' figures from events, computed by hand; and their refusals through HTTP. */
@QuerySideIntegrationTest
class DashboardsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate ISSUED = LocalDate.parse("2026-03-14");

    @Autowired
    FinanceProjection projection;
    @Autowired
    Dashboards dashboards;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final String owner = "owner-" + UUID.randomUUID();

    /** 10,000.00 before tax + 7.5 % excise = 10,750.00; 10 % platform fee; no agent. */
    private static PriceBreakdown price() {
        Money subtotal = new Money(new BigDecimal("10000.00"), USD);
        Money taxes = new Money(new BigDecimal("750.00"), USD);
        return new PriceBreakdown(USD, BigDecimal.ONE, List.of(
                new PriceLine(PriceLineKind.BASE, "4.0 h at 2,500.00", 0, subtotal),
                new PriceLine(PriceLineKind.TAX, "US federal excise tax 7.5 %", 0, taxes)),
                subtotal, taxes, new Money(new BigDecimal("10750.00"), USD), null, new Money(BigDecimal.ZERO.setScale(2), USD),
                BigDecimal.TEN, new Money(new BigDecimal("1000.00"), USD), new Money(new BigDecimal("9000.00"), USD),
                List.of(new PriceBreakdown.LegFigures(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), false,
                        new BigDecimal("2128.4"), 240, new BigDecimal("4.0000"))));
    }

    private InvoiceIssuedEvent issued(InvoiceId invoiceId) {
        return new InvoiceIssuedEvent(invoiceId, "JET-2026-" + invoiceId.value().substring(0, 6), BookingId.random(),
                ClientId.random(), null, com.jetops.api.aircraft.AircraftId.random(), owner, price(), ISSUED,
                ISSUED.plusDays(14));
    }

    @Test
    void revenueOutstandingAndPayoutsAddUpByHand() {
        InvoiceId paid = InvoiceId.random();
        InvoiceId late = InvoiceId.random();
        projection.on(issued(paid), 0);
        projection.on(new PaymentRecordedEvent(paid, null, new Money(new BigDecimal("10750.00"), USD), "tok_1",
                ISSUED.plusDays(3), new Money(new BigDecimal("0.00"), USD)), 1);
        projection.on(new InvoicePaidEvent(paid, null, ISSUED.plusDays(3), new Money(new BigDecimal("1000.00"), USD)), 2);
        projection.on(new OwnerPaidOutEvent(paid, owner, new Money(new BigDecimal("4000.00"), USD), "wire-7",
                ISSUED.plusDays(5)), 3);
        projection.on(new OwnerPaidOutEvent(paid, owner, new Money(new BigDecimal("4000.00"), USD), "wire-7",
                ISSUED.plusDays(5)), 3);   // redelivered: paid out once
        projection.on(issued(late), 0);
        projection.on(new PaymentRecordedEvent(late, null, new Money(new BigDecimal("750.00"), USD), "tok_2",
                ISSUED.plusDays(3), new Money(new BigDecimal("10000.00"), USD)), 1);
        projection.on(new InvoiceOverdueEvent(late, null, ISSUED.plusDays(14), new Money(new BigDecimal("10000.00"), USD)), 2);

        Dashboards.RevenueRow row = dashboards.revenue(Dashboards.GroupBy.OWNER, ISSUED, ISSUED.plusDays(1)).stream()
                .filter(r -> r.key().equals(owner)).findFirst().orElseThrow();
        assertThat(row.invoices()).isEqualTo(2);
        assertThat(row.revenue()).isEqualByComparingTo("20000.00");
        assertThat(row.total()).isEqualByComparingTo("21500.00");
        assertThat(row.averageTripValue()).isEqualByComparingTo("10750.00");
        assertThat(row.platformFee()).isEqualByComparingTo("2000.00");
        assertThat(row.ownerEarnings()).isEqualByComparingTo("18000.00");
        assertThat(row.outstanding()).isEqualByComparingTo("10000.00");

        assertThat(dashboards.outstanding(ISSUED.plusDays(20))).filteredOn(i -> i.invoiceId().equals(late.value()))
                .singleElement().satisfies(i -> {
                    assertThat(i.balance()).isEqualByComparingTo("10000.00");
                    assertThat(i.overdue()).isTrue();
                });
        // Earnings count once the invoice is paid: 9,000.00 earned, 4,000.00 paid out, 5,000.00 due.
        assertThat(dashboards.payouts()).filteredOn(p -> p.ownerId().equals(owner)).singleElement().satisfies(p -> {
            assertThat(p.earnings()).isEqualByComparingTo("9000.00");
            assertThat(p.paidOut()).isEqualByComparingTo("4000.00");
            assertThat(p.due()).isEqualByComparingTo("5000.00");
        });
    }

    /** 10,000.00 before taxes: the owner earns 9,000.00, no agent, so the cost is 9,000.00 and the margin 10 %. */
    @Test
    void flightMarginsShowRevenueCostAndMarginPerTrip() throws Exception {
        InvoiceId invoiceId = InvoiceId.random();
        InvoiceIssuedEvent invoice = issued(invoiceId);
        projection.on(invoice, 0);

        List<Dashboards.FlightMargin> margins = dashboards.flightMargins(ISSUED, ISSUED.plusDays(1),
                invoice.aircraftId().value(), 0, 50);
        assertThat(margins).singleElement().satisfies(m -> {
            assertThat(m.bookingId()).isEqualTo(invoice.bookingId().value());
            assertThat(m.revenue()).isEqualByComparingTo("10000.00");
            assertThat(m.ownerEarnings()).isEqualByComparingTo("9000.00");
            assertThat(m.commission()).isEqualByComparingTo("0.00");
            assertThat(m.cost()).isEqualByComparingTo("9000.00");
            assertThat(m.margin()).isEqualByComparingTo("1000.00");
            assertThat(m.marginPercent()).isEqualByComparingTo("10.0");
        });
        HttpResponse<String> response = HTTP.send(TestTokens.request(URI.create("http://localhost:" + port
                + "/dashboards/flight-margins?from=" + ISSUED + "&to=" + ISSUED.plusDays(1) + "&aircraftId="
                + invoice.aircraftId())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get(0).get("margin").decimalValue()).isEqualByComparingTo("1000.00");
    }

    @Test
    void utilizationCountsFlownHoursPerMonthAgainstTheTarget() {
        AircraftRegisteredEvent aircraft = FleetFixtures.citationLatitudeAt("KTEB");
        jdbc.update("insert into fleet_aircraft (aircraft_id, tail_number, manufacturer, model, type_designator, "
                        + "category, year_of_manufacture, seating_capacity, range_nm, cruise_speed_kt, hourly_rate_amount, "
                        + "hourly_rate_currency, base_airport, current_airport, status, amenities, registered_at, version) "
                        + "values (?, ?, 'Cessna', 'Citation Latitude', 'C68A', 'MIDSIZE_JET', 2020, 9, 2700, 446, 4500, "
                        + "'USD', 'KTEB', 'KTEB', 'AVAILABLE', '{}', now(), 0)",
                aircraft.aircraftId().value(), aircraft.tailNumber().value());
        Instant march = Instant.parse("2026-03-10T14:00:00Z");
        Instant april = Instant.parse("2026-04-02T09:00:00Z");
        FlightLegRecordedEvent first = new FlightLegRecordedEvent(aircraft.aircraftId(), new IcaoCode("KTEB"),
                new IcaoCode("KVNY"), march, march.plusSeconds(6 * 3600), 330, 1, null);
        FlightLegRecordedEvent second = new FlightLegRecordedEvent(aircraft.aircraftId(), new IcaoCode("KVNY"),
                new IcaoCode("KTEB"), april, april.plusSeconds(5 * 3600), 270, 1, null);
        projection.on(first, 1);
        projection.on(second, 2);
        // Corrected: the April leg was 300 minutes airborne, not 270.
        projection.on(new FlightLegCorrectedEvent(aircraft.aircraftId(), second.flightLegId(),
                new FlightLegFigures(april, april.plusSeconds(5 * 3600), 270, 1),
                new FlightLegFigures(april, april.plusSeconds(5 * 3600), 300, 1), 30, 0, "Tech log"), 3);
        projection.on(second, 2);   // redelivered

        Dashboards.Utilization utilization = dashboards.utilization(Year.of(2026), new BigDecimal("800")).stream()
                .filter(u -> u.aircraftId().equals(aircraft.aircraftId().value())).findFirst().orElseThrow();
        assertThat(utilization.hoursByMonth()).containsEntry("2026-03", new BigDecimal("5.5"))
                .containsEntry("2026-04", new BigDecimal("5.0"));
        assertThat(utilization.hours()).isEqualByComparingTo("10.5");
        assertThat(utilization.cycles()).isEqualTo(2);
        assertThat(utilization.percentOfTarget()).isEqualByComparingTo("1.3");   // 10.5 / 800
    }

    @Test
    void conversionCountsBookedAndExpiredQuotes() {
        // A month no other test (or earlier run on this database) quotes in.
        int year = 2100 + new java.util.Random().nextInt(800);
        Instant at = Instant.parse(year + "-05-05T10:00:00Z");
        QuoteId booked = QuoteId.random();
        QuoteId expired = QuoteId.random();
        for (QuoteId quote : List.of(booked, expired, QuoteId.random())) {
            projection.on(new QuoteIssuedEvent(quote, ClientId.random(), null, List.of(), java.util.Set.of(), USD, null,
                    List.of(), 1, BigDecimal.ZERO, at, at.plusSeconds(86400)));
        }
        projection.on(new QuoteAcceptedEvent(booked, BookingId.random(), null), at.plusSeconds(600));
        projection.on(new QuoteExpiredEvent(expired, at.plusSeconds(86400)));

        assertThat(dashboards.conversion(LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 1)))
                .singleElement().satisfies(c -> {
                    assertThat(c.quotes()).isEqualTo(3);
                    assertThat(c.booked()).isEqualTo(1);
                    assertThat(c.expired()).isEqualTo(1);
                    assertThat(c.conversionPercent()).isEqualByComparingTo("33.3");
                });
    }

    @Test
    void onTimePerformanceCountsLegsLeavingWithinTheTolerance() {
        int year = 2100 + new java.util.Random().nextInt(800);
        Instant first = Instant.parse(year + "-07-01T14:00:00Z");
        Instant second = first.plusSeconds(2 * 86400);
        com.jetops.api.booking.BookingId bookingId = BookingId.random();
        com.jetops.api.booking.QuoteOption option = new com.jetops.api.booking.QuoteOption(
                com.jetops.api.aircraft.AircraftId.random(), "N350CL", "CL35",
                com.jetops.api.aircraft.AircraftCategory.SUPER_MIDSIZE_JET, 9, null, Money.of("6200.00", "USD"), 470,
                List.of(new com.jetops.api.booking.PlannedLeg(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), first,
                                first.plusSeconds(19800), 2, false),
                        new com.jetops.api.booking.PlannedLeg(1, new IcaoCode("KVNY"), new IcaoCode("KTEB"), second,
                                second.plusSeconds(18000), 2, false)), List.of(), price(), null);
        projection.on(new com.jetops.api.booking.BookingRequestedEvent(bookingId, QuoteId.random(), ClientId.random(),
                null, option, List.of(), java.util.Set.of()), 0);
        projection.on(new com.jetops.api.booking.LegDepartedEvent(bookingId, 0, first.plusSeconds(10 * 60)), 2);
        projection.on(new com.jetops.api.booking.LegDepartedEvent(bookingId, 1, second.plusSeconds(45 * 60)), 5);
        projection.on(new com.jetops.api.booking.LegDepartedEvent(bookingId, 1, second.plusSeconds(90 * 60)), 5);   // redelivered

        assertThat(dashboards.onTime(LocalDate.of(year, 7, 1), LocalDate.of(year, 8, 1), 15)).singleElement()
                .satisfies(month -> {
                    assertThat(month.departed()).isEqualTo(2);
                    assertThat(month.onTime()).isEqualTo(1);
                    assertThat(month.onTimePercent()).isEqualByComparingTo("50.0");
                    assertThat(month.averageDelayMinutes()).isEqualByComparingTo("27.5");
                });
    }

    @Test
    void badParametersAre400() throws Exception {
        for (String bad : List.of("/dashboards/revenue?groupBy=PASSWORD", "/dashboards/revenue?from=2026-05-01&to=2026-04-01",
                "/dashboards/utilization?year=1850", "/dashboards/conversion?from=2026-13-01",
                "/dashboards/revenue?from=2000-01-01&to=2030-01-01", "/dashboards/on-time?toleranceMinutes=-5",
                "/dashboards/flight-margins?aircraftId=N123", "/dashboards/flight-margins?size=501",
                "/dashboards/flight-margins?from=2026-05-01&to=2026-04-01")) {
            HttpResponse<String> response = HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + bad))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(bad + " → " + response.body()).isEqualTo(400);
        }
        HttpResponse<String> ok = HTTP.send(TestTokens.request(URI.create("http://localhost:" + port
                + "/dashboards/revenue?groupBy=ROUTE")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode rows = JSON.readTree(ok.body());
        assertThat(rows.isArray()).isTrue();
    }
}
