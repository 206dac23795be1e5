package com.jetops.command.booking;

import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingInvoicedEvent;
import com.jetops.api.booking.BookingPaidEvent;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.CancelBookingCommand;
import com.jetops.api.booking.ConfirmBookingCommand;
import com.jetops.api.booking.FlightStatus;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDelayedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.LegDivertedEvent;
import com.jetops.api.booking.MarkBookingInvoicedCommand;
import com.jetops.api.booking.MarkBookingPaidCommand;
import com.jetops.api.booking.RejectBookingCommand;
import com.jetops.api.booking.ReportFlightStatusCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.jetops.command.Refusals.refusedSaying;
import static com.jetops.command.booking.BookingSamples.*;

class BookingTest {
    private static final BookingConfirmedEvent CONFIRMED = new BookingConfirmedEvent(BOOKING, AIRCRAFT,
            List.of(ReservationId.random(), ReservationId.random()), List.of());
    private static final InvoiceId INVOICE = InvoiceId.of("9e4c1a7f-5b6d-4c0e-8fa1-3b4d5e6f7a81");

    private AggregateTestFixture<Booking> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerInjectableResource(AIRPORTS);
        fixture.registerInjectableResource(BookingProperties.defaults());
    }

    private static ReportFlightStatusCommand report(int leg, FlightStatus status, Instant at) {
        return new ReportFlightStatusCommand(BOOKING, leg, status, at, null, status == FlightStatus.ARRIVED
                ? Duration.ofMinutes(300).toMinutes() : null, null, status == FlightStatus.DELAYED ? "ATC flow control" : null);
    }

    @Test
    void theSagaConfirmsARequestedBookingOnce() {
        fixture.given(requested())
                .when(new ConfirmBookingCommand(BOOKING, CONFIRMED.reservations(), List.of()))
                .expectEvents(CONFIRMED);
        fixture.given(requested(), CONFIRMED)
                .when(new ConfirmBookingCommand(BOOKING, CONFIRMED.reservations(), List.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aRejectedOrCancelledBookingCannotBeConfirmed() {
        fixture.given(requested(), new BookingRejectedEvent(BOOKING, "no crew"))
                .when(new ConfirmBookingCommand(BOOKING, List.of(), List.of()))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "while it is REJECTED"));
        fixture.given(requested(), new BookingCancelledEvent(BOOKING, "plans changed", 200, BigDecimal.ZERO,
                        Money.of("0", "USD")))
                .when(new RejectBookingCommand(BOOKING, "no crew"))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "while it is CANCELLED"));
    }

    @Test
    void cancellingMoreThanSevenDaysAheadIsFree() {
        fixture.givenCurrentTime(OUT.minus(Duration.ofDays(8))).andGiven(requested(), CONFIRMED)
                .when(new CancelBookingCommand(BOOKING, "plans changed"))
                .expectEvents(new BookingCancelledEvent(BOOKING, "plans changed", 192, BigDecimal.ZERO,
                        Money.of("0.00", "USD")));
    }

    @Test
    void cancellingBetweenSevenDaysAndFortyEightHoursCostsHalfTheSubtotal() {
        Money subtotal = price().subtotal();
        Money half = new Money(subtotal.amount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_EVEN),
                subtotal.currency());
        fixture.givenCurrentTime(OUT.minus(Duration.ofHours(72))).andGiven(requested(), CONFIRMED)
                .when(new CancelBookingCommand(BOOKING, "plans changed"))
                .expectEvents(new BookingCancelledEvent(BOOKING, "plans changed", 72, BigDecimal.valueOf(50), half));
    }

    @Test
    void cancellingInsideFortyEightHoursCostsTheWholeSubtotal() {
        fixture.givenCurrentTime(OUT.minus(Duration.ofHours(47))).andGiven(requested(), CONFIRMED)
                .when(new CancelBookingCommand(BOOKING, "plans changed"))
                .expectEvents(new BookingCancelledEvent(BOOKING, "plans changed", 47, BigDecimal.valueOf(100),
                        price().subtotal()));
    }

    @Test
    void aTripInTheAirCannotBeCancelled() {
        fixture.givenCurrentTime(OUT.plus(Duration.ofMinutes(10)))
                .andGiven(requested(), CONFIRMED, new LegDepartedEvent(BOOKING, 0, OUT))
                .when(new CancelBookingCommand(BOOKING, "too late"))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "while it is IN_PROGRESS"))
                .expectNoEvents();
    }

    @Test
    void legsDepartAndArriveInOrderAndTheLastArrivalCompletesTheTrip() {
        fixture.givenCurrentTime(HOME_IN).andGiven(requested(), CONFIRMED,
                        new LegDepartedEvent(BOOKING, 0, OUT), new LegArrivedEvent(BOOKING, 0, AIRCRAFT,
                                new IcaoCode("KTEB"), new IcaoCode("KVNY"), OUT, IN, 300),
                        new LegDepartedEvent(BOOKING, 1, HOME_OUT))
                .when(report(1, FlightStatus.ARRIVED, HOME_IN))
                .expectEvents(new LegArrivedEvent(BOOKING, 1, AIRCRAFT, new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                        HOME_OUT, HOME_IN, 300), new BookingCompletedEvent(BOOKING, HOME_IN));
    }

    @Test
    void aLegCannotDepartBeforeThePreviousOneArrivedNorArriveBeforeDeparting() {
        fixture.givenCurrentTime(HOME_OUT).andGiven(requested(), CONFIRMED, new LegDepartedEvent(BOOKING, 0, OUT))
                .when(report(1, FlightStatus.DEPARTED, HOME_OUT))
                .expectException(refusedSaying(ErrorCode.FLIGHT_STATUS_OUT_OF_ORDER, "leg 0 has not arrived yet"));
        fixture.givenCurrentTime(IN).andGiven(requested(), CONFIRMED)
                .when(report(0, FlightStatus.ARRIVED, IN))
                .expectException(refusedSaying(ErrorCode.FLIGHT_STATUS_OUT_OF_ORDER, "leg 0 is not in the air"));
    }

    @Test
    void actualTimesMustBePlausible() {
        fixture.givenCurrentTime(OUT.minus(Duration.ofHours(1))).andGiven(requested(), CONFIRMED)
                .when(report(0, FlightStatus.DEPARTED, OUT))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "cannot be in the future"));
        fixture.givenCurrentTime(IN).andGiven(requested(), CONFIRMED, new LegDepartedEvent(BOOKING, 0, OUT))
                .when(new ReportFlightStatusCommand(BOOKING, 0, FlightStatus.ARRIVED, IN, null, 400L, null, null))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "between 1 and the block time (330 min)"));
        fixture.givenCurrentTime(IN).andGiven(requested(), CONFIRMED)
                .when(report(5, FlightStatus.DEPARTED, OUT))
                .expectException(refusedSaying(ErrorCode.LEG_NOT_FOUND, "legs 0 to 1"));
    }

    @Test
    void aLegCannotLeaveBeforeThePreviousOneLanded() {
        fixture.givenCurrentTime(HOME_OUT).andGiven(requested(), CONFIRMED, new LegDepartedEvent(BOOKING, 0, OUT),
                        new LegArrivedEvent(BOOKING, 0, AIRCRAFT, new IcaoCode("KTEB"), new IcaoCode("KVNY"), OUT, IN, 300))
                .when(report(1, FlightStatus.DEPARTED, IN.minus(Duration.ofMinutes(1))))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "before leg 0 arrived"))
                .expectNoEvents();
    }

    @Test
    void aBookingIsInvoicedOnce() {
        fixture.given(requested(), CONFIRMED, new BookingCompletedEvent(BOOKING, HOME_IN),
                        new BookingInvoicedEvent(BOOKING, INVOICE), new BookingPaidEvent(BOOKING, INVOICE))
                .when(new MarkBookingInvoicedCommand(BOOKING, INVOICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDiversionLandsTheLegWhereItDiverted() {
        fixture.givenCurrentTime(IN).andGiven(requested(), CONFIRMED, new LegDepartedEvent(BOOKING, 0, OUT),
                        new LegDivertedEvent(BOOKING, 0, new IcaoCode("KBUR"), "fog at Van Nuys"))
                .when(report(0, FlightStatus.ARRIVED, IN))
                .expectEvents(new LegArrivedEvent(BOOKING, 0, AIRCRAFT, new IcaoCode("KTEB"), new IcaoCode("KBUR"),
                        OUT, IN, 300));
    }

    @Test
    void aDelayIsReportedBeforeDepartureWithWhetherItWasBeyondControl() {
        fixture.givenCurrentTime(OUT).andGiven(requested(), CONFIRMED)
                .when(new ReportFlightStatusCommand(BOOKING, 0, FlightStatus.DELAYED, OUT.plus(Duration.ofHours(1)),
                        null, null, true, "de-icing queue"))
                .expectEvents(new LegDelayedEvent(BOOKING, 0, OUT.plus(Duration.ofHours(1)), "de-icing queue", true));
    }

    @Test
    void aCompletedBookingIsInvoicedThenPaid() {
        fixture.given(requested(), CONFIRMED, new BookingCompletedEvent(BOOKING, HOME_IN))
                .when(new MarkBookingInvoicedCommand(BOOKING, INVOICE))
                .expectEvents(new BookingInvoicedEvent(BOOKING, INVOICE));
        fixture.given(requested(), CONFIRMED, new BookingCompletedEvent(BOOKING, HOME_IN),
                        new BookingInvoicedEvent(BOOKING, INVOICE))
                .when(new MarkBookingPaidCommand(BOOKING, INVOICE))
                .expectEvents(new BookingPaidEvent(BOOKING, INVOICE));
    }

    // --- changes ---------------------------------------------------------------------------------

    private static final com.jetops.api.booking.ChangeId CHANGE =
            com.jetops.api.booking.ChangeId.of("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    private static com.jetops.api.booking.BookingChangeProposedEvent proposed() {
        return new com.jetops.api.booking.BookingChangeProposedEvent(BOOKING, CHANGE, List.of(), option(),
                fourPassengers(), Money.of("0.00", "USD"), NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aProposedChangeIsAcceptedOnlyWhileItsPriceIsValid() {
        fixture.givenCurrentTime(NOW).andGiven(requested(), CONFIRMED, proposed())
                .when(new com.jetops.api.booking.AcceptBookingChangeCommand(BOOKING, CHANGE))
                .expectEvents(new com.jetops.api.booking.BookingChangeAcceptedEvent(BOOKING, CHANGE, option(),
                        fourPassengers()));
        fixture.givenCurrentTime(NOW.plus(Duration.ofHours(25))).andGiven(requested(), CONFIRMED, proposed())
                .when(new com.jetops.api.booking.AcceptBookingChangeCommand(BOOKING, CHANGE))
                .expectException(refusedSaying(ErrorCode.QUOTE_EXPIRED, "propose the change again"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(requested(), CONFIRMED)
                .when(new com.jetops.api.booking.AcceptBookingChangeCommand(BOOKING, CHANGE))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "has no open change"));
    }

    @Test
    void whileAChangeIsCarriedOutTheBookingCannotBeCancelledAndTheSagaAppliesOrRejectsIt() {
        var accepted = new com.jetops.api.booking.BookingChangeAcceptedEvent(BOOKING, CHANGE, option(), fourPassengers());
        fixture.givenCurrentTime(NOW).andGiven(requested(), CONFIRMED, proposed(), accepted)
                .when(new CancelBookingCommand(BOOKING, "plans changed"))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "is being carried out"));
        fixture.givenCurrentTime(OUT).andGiven(requested(), CONFIRMED, proposed(), accepted)
                .when(report(0, FlightStatus.DEPARTED, OUT))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "report when it is done"));
        fixture.givenCurrentTime(NOW).andGiven(requested(), CONFIRMED, proposed(), accepted)
                .when(new com.jetops.api.booking.ApplyBookingChangeCommand(BOOKING, CHANGE, List.of(), List.of()))
                .expectEvents(new com.jetops.api.booking.BookingChangedEvent(BOOKING, CHANGE, option(), fourPassengers(),
                        List.of(), List.of()));
        fixture.givenCurrentTime(NOW).andGiven(requested(), CONFIRMED, proposed(), accepted)
                .when(new com.jetops.api.booking.RejectBookingChangeCommand(BOOKING, CHANGE, "no crew"))
                .expectEvents(new com.jetops.api.booking.BookingChangeRejectedEvent(BOOKING, CHANGE, "no crew"));
    }

    @Test
    void extrasAreAddedBeforeTheTripCompletesInTheBookingsCurrency() {
        fixture.given(requested(), CONFIRMED)
                .when(new com.jetops.api.booking.AddBookingExtraCommand(BOOKING, "De-icing at KTEB", Money.of("1850.00", "USD")))
                .expectEvents(new com.jetops.api.booking.BookingExtraAddedEvent(BOOKING, "De-icing at KTEB",
                        Money.of("1850.00", "USD")));
        fixture.given(requested(), CONFIRMED)
                .when(new com.jetops.api.booking.AddBookingExtraCommand(BOOKING, "De-icing", Money.of("1850.00", "EUR")))
                .expectException(refusedSaying(ErrorCode.INVALID_VALUE, "priced in USD"));
        fixture.given(requested(), CONFIRMED, new BookingCompletedEvent(BOOKING, HOME_IN))
                .when(new com.jetops.api.booking.AddBookingExtraCommand(BOOKING, "De-icing", Money.of("1850.00", "USD")))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "while it is COMPLETED"));
    }
}
