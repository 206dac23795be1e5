package com.jetops.command.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.AcceptQuoteCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.QuoteAcceptedEvent;
import com.jetops.api.booking.QuoteExpiredEvent;
import com.jetops.api.common.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.jetops.command.Refusals.refusedSaying;
import static com.jetops.command.booking.BookingSamples.*;

class QuoteTest {
    private AggregateTestFixture<Quote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Quote.class);
    }

    @Test
    void acceptingAValidQuoteCreatesTheBookingInTheSameUnitOfWork() {
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, fourPassengers()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(BOOKING)
                .expectEvents(new QuoteAcceptedEvent(QUOTE, BOOKING, AIRCRAFT), requested());
    }

    @Test
    void aQuoteIsBookedOnceAndTheSameRequestAgainIsHarmless() {
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued(), new QuoteAcceptedEvent(QUOTE, BOOKING, AIRCRAFT))
                .when(new AcceptQuoteCommand(QUOTE, BookingId.random(), null, fourPassengers()))
                .expectException(refusedSaying(ErrorCode.QUOTE_ALREADY_BOOKED, "already booked as " + BOOKING))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued(), new QuoteAcceptedEvent(QUOTE, BOOKING, AIRCRAFT))
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, fourPassengers()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void pastItsValidityAQuoteCannotBeBookedEvenBeforeTheExpiryDeadlineRan() {
        fixture.givenCurrentTime(NOW.plus(Duration.ofHours(24))).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, fourPassengers()))
                .expectException(refusedSaying(ErrorCode.QUOTE_EXPIRED, "expired at 2026-12-02T12:00:00Z"))
                .expectNoEvents();
    }

    @Test
    void anExpiredQuoteIsRefusedWithAPlainReason() {
        fixture.givenCurrentTime(NOW.plus(Duration.ofHours(25)))
                .andGiven(quoteIssued(), new QuoteExpiredEvent(QUOTE, NOW.plus(Duration.ofHours(24))))
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, fourPassengers()))
                .expectException(refusedSaying(ErrorCode.QUOTE_EXPIRED, "ask for a new quote"))
                .expectNoEvents();
    }

    @Test
    void theManifestMustMatchTheQuotedPassengers() {
        List<Passenger> five = new ArrayList<>(fourPassengers());
        five.add(passenger("Hugh Crain"));
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, five))
                .expectException(refusedSaying(ErrorCode.PASSENGERS_DO_NOT_MATCH,
                        "was quoted for 4 passengers and the manifest lists 5"))
                .expectNoEvents();
    }

    @Test
    void passengerDetailsAreCheckedFieldByField() {
        List<Passenger> bad = new ArrayList<>(fourPassengers());
        bad.set(2, new Passenger("Theo Dudley", LocalDate.parse("1980-01-01"), "Narnia", "X1234567", 70, null));
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, bad))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "ISO 3166"))
                .expectNoEvents();
    }

    @Test
    void onlyAnAircraftTheQuoteOffersCanBeChosen() {
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, AircraftId.random(), fourPassengers()))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "offers no aircraft"))
                .expectNoEvents();
    }

    @Test
    void aPassengerMayFlySomeLegsOnly() {
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, List.of(passenger("A"), passenger("B"),
                        passenger("C"), new Passenger("D", LocalDate.parse("1990-05-05"), "GB", "GB998877", null, List.of(1)))))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "leg numbers run from 0 to 0"));
    }

    @Test
    void aPassengerListsEachLegOnce() {
        fixture.givenCurrentTime(NOW).andGiven(quoteIssued())
                .when(new AcceptQuoteCommand(QUOTE, BOOKING, null, List.of(passenger("A"), passenger("B"),
                        new Passenger("C", LocalDate.parse("1990-05-05"), "GB", "GB998877", null, List.of(0, 0)))))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "each leg is listed once"))
                .expectNoEvents();
    }
}
