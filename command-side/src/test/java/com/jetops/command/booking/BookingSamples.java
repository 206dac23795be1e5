package com.jetops.command.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.EmptyLegRef;
import com.jetops.api.booking.ItineraryLeg;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.reference.Airports;
import com.jetops.command.pricing.Pricer;
import com.jetops.command.pricing.PricingRequest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * One realistic trip for the booking tests: KTEB→KVNY on Thursday 10 December 2026, 09:00
 * local (14:00Z), 4 passengers, on a Challenger 350 already at KTEB, flying home afterwards.
 */
final class BookingSamples {
    static final Airports AIRPORTS = Airports.bundled();
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final QuoteId QUOTE = QuoteId.of("5a0e7c3b-1f2d-4e6a-9b8c-7d6e5f4a3b2c");
    static final BookingId BOOKING = BookingId.of("6b1f8d4c-2e3a-4f7b-8c9d-0e1f2a3b4c5d");
    static final ClientId CLIENT = ClientId.of("7c2a9e5d-3f4b-4a8c-9dae-1f2b3c4d5e6f");
    static final AircraftId AIRCRAFT = AircraftId.of("8d3b0f6e-4a5c-4b9d-8ebf-2a3c4d5e6f70");
    static final OffsetDateTime DEPARTURE = OffsetDateTime.parse("2026-12-10T09:00:00-05:00");
    static final Instant OUT = DEPARTURE.toInstant();
    static final Instant IN = OUT.plus(Duration.ofMinutes(330));
    static final Instant HOME_OUT = IN.plus(Duration.ofMinutes(45));
    static final Instant HOME_IN = HOME_OUT.plus(Duration.ofMinutes(300));

    private BookingSamples() {
    }

    static List<PlannedLeg> legs() {
        return List.of(
                new PlannedLeg(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), OUT, IN, 4, false),
                new PlannedLeg(1, new IcaoCode("KVNY"), new IcaoCode("KTEB"), HOME_OUT, HOME_IN, 0, true));
    }

    static PriceBreakdown price() {
        return new Pricer().price(new PricingRequest(
                new PricingRequest.Aircraft(AircraftCategory.SUPER_MIDSIZE_JET, Money.of("6200.00", "USD"), 470),
                List.of(PricingRequest.Leg.revenue(AIRPORTS.find(new IcaoCode("KTEB")).orElseThrow(),
                                AIRPORTS.find(new IcaoCode("KVNY")).orElseThrow(), DEPARTURE, 4),
                        PricingRequest.Leg.ferry(AIRPORTS.find(new IcaoCode("KVNY")).orElseThrow(),
                                AIRPORTS.find(new IcaoCode("KTEB")).orElseThrow(), OffsetDateTime.parse("2026-12-10T20:15:00Z"))),
                Set.of(), NOW, Currency.getInstance("USD"), BigDecimal.ZERO, null), PricingRules.defaults());
    }

    static QuoteOption option() {
        return new QuoteOption(AIRCRAFT, "N350CL", "CL35", AircraftCategory.SUPER_MIDSIZE_JET, 10, "owner-17",
                Money.of("6200.00", "USD"), 470, legs(),
                QuotePlanner.reservationWindows(legs(), Duration.ofMinutes(45)), price(), null);
    }

    static QuoteIssuedEvent quoteIssued() {
        return new QuoteIssuedEvent(QUOTE, CLIENT, null,
                List.of(new ItineraryLeg(new IcaoCode("KTEB"), new IcaoCode("KVNY"), DEPARTURE, 4)), Set.of(),
                Currency.getInstance("USD"), option(), List.of(), 0, BigDecimal.ZERO, NOW, NOW.plus(Duration.ofHours(24)));
    }

    static Passenger passenger(String name) {
        return new Passenger(name, LocalDate.parse("1971-04-02"), "US", "X1234567", 70, null);
    }

    static List<Passenger> fourPassengers() {
        return List.of(passenger("Eleanor Vance"), passenger("Luke Sanderson"), passenger("Theo Dudley"),
                passenger("Nell Crain"));
    }

    static BookingRequestedEvent requested() {
        return new BookingRequestedEvent(BOOKING, QUOTE, CLIENT, null, option(), fourPassengers(), Set.of());
    }

    /** A second client's booking on the trip's positioning leg home, KVNY→KTEB, sold as an empty leg. */
    static final BookingId BUYER = BookingId.of("0f5d2b8a-6c7e-4d1f-9a0b-4c5d6e7f8a92");
    static final ClientId BUYER_CLIENT = ClientId.of("1a6e3c9b-7d8f-4e2a-8b1c-5d6e7f8a9b03");

    static QuoteOption emptyLegOption() {
        List<PlannedLeg> legs = List.of(new PlannedLeg(0, new IcaoCode("KVNY"), new IcaoCode("KTEB"), HOME_OUT, HOME_IN,
                2, false));
        return new QuoteOption(AIRCRAFT, "N350CL", "CL35", AircraftCategory.SUPER_MIDSIZE_JET, 10, "owner-17",
                Money.of("6200.00", "USD"), 470, legs, List.of(), price(), new EmptyLegRef(BOOKING, 1));
    }

    static BookingRequestedEvent emptyLegRequested() {
        return new BookingRequestedEvent(BUYER, QuoteId.of("2b7f4d0c-8e9a-4f3b-9c2d-6e7f8a9b0c14"), BUYER_CLIENT, null,
                emptyLegOption(), List.of(passenger("Hugh Crain"), passenger("Olivia Crain")), Set.of());
    }
}
