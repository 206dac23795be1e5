package com.jetops.command.booking;

import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.CancelWithHostCommand;
import com.jetops.api.booking.ChangeId;
import com.jetops.api.booking.CrewAssignment;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.FlightStatus;
import com.jetops.api.booking.FollowHostLegCommand;
import com.jetops.api.booking.ItineraryLeg;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.ProposeBookingChangeCommand;
import com.jetops.api.booking.ReleaseEmptyLegCommand;
import com.jetops.api.booking.ReportFlightStatusCommand;
import com.jetops.api.booking.SellEmptyLegCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static com.jetops.command.Refusals.refusedSaying;
import static com.jetops.command.Refusals.refusedWith;
import static com.jetops.command.booking.BookingSamples.*;

/** Selling a confirmed trip's positioning leg to another booking, and that booking following its host. */
class EmptyLegBookingTest {
    private static final ReservationId OUTBOUND = ReservationId.of("3c8a5e1d-9f0b-4a4c-8d3e-7f8a9b0c1d25");
    private static final ReservationId HOMEBOUND = ReservationId.of("4d9b6f2e-0a1c-4b5d-9e4f-8a9b0c1d2e36");
    private static final List<CrewAssignment> CREW = List.of(new CrewAssignment(
            CrewMemberId.of("11111111-1111-4111-8111-111111111111"), "Alex Morgan", CrewRole.PILOT_IN_COMMAND,
            List.of(AssignmentId.of("5e0c7a3f-1b2d-4c6e-8f5a-9b0c1d2e3f47"))));
    private static final BookingConfirmedEvent HOST_CONFIRMED = new BookingConfirmedEvent(BOOKING, AIRCRAFT,
            List.of(OUTBOUND, HOMEBOUND), CREW);
    private static final EmptyLegSoldEvent SOLD = new EmptyLegSoldEvent(BOOKING, 1, BUYER, 2, AIRCRAFT, HOMEBOUND, CREW);
    private static final BookingId OTHER_BUYER = BookingId.of("6f1d8b4a-2c3e-4d7f-9a6b-0c1d2e3f4a58");

    private AggregateTestFixture<Booking> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerInjectableResource(AIRPORTS);
        fixture.registerInjectableResource(BookingProperties.defaults());
        // The refusals tested here come before any planning: a planner without a catalog suffices.
        fixture.registerInjectableResource(new QuotePlanner(null, AIRPORTS, null, BookingProperties.defaults(), null));
    }

    @Test
    void aConfirmedTripSellsItsPositioningLegWithItsReservationAndCrew() {
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED)
                .when(new SellEmptyLegCommand(BOOKING, 1, BUYER, 2))
                .expectEvents(SOLD)
                .expectResultMessagePayload(SOLD);
    }

    @Test
    void sellingTheSameLegToTheSameBuyerAgainAnswersTheSameSale() {
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED, SOLD)
                .when(new SellEmptyLegCommand(BOOKING, 1, BUYER, 2))
                .expectNoEvents()
                .expectResultMessagePayload(SOLD);
    }

    @Test
    void aLegAlreadySoldARevenueLegOrATripNotConfirmedIsNotForSale() {
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED, SOLD)
                .when(new SellEmptyLegCommand(BOOKING, 1, OTHER_BUYER, 2))
                .expectException(refusedSaying(ErrorCode.EMPTY_LEG_NOT_AVAILABLE, "it was sold to booking " + BUYER));
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED)
                .when(new SellEmptyLegCommand(BOOKING, 0, OTHER_BUYER, 2))
                .expectException(refusedSaying(ErrorCode.EMPTY_LEG_NOT_AVAILABLE, "has no positioning leg 0"));
        fixture.givenCurrentTime(NOW).andGiven(requested())
                .when(new SellEmptyLegCommand(BOOKING, 1, OTHER_BUYER, 2))
                .expectException(refusedSaying(ErrorCode.EMPTY_LEG_NOT_AVAILABLE, "is REQUESTED"));
        fixture.givenCurrentTime(HOME_OUT.plusSeconds(60)).andGiven(requested(), HOST_CONFIRMED)
                .when(new SellEmptyLegCommand(BOOKING, 1, OTHER_BUYER, 2))
                .expectException(refusedSaying(ErrorCode.EMPTY_LEG_NOT_AVAILABLE, "its departure has passed"));
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED)
                .when(new SellEmptyLegCommand(BOOKING, 1, OTHER_BUYER, 11))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "passengers"));
    }

    @Test
    void aTripWhoseLegIsSoldCannotChangeUntilTheBuyerIsGone() {
        ProposeBookingChangeCommand change = new ProposeBookingChangeCommand(BOOKING, ChangeId.random(), List.of(
                new ItineraryLeg(new IcaoCode("KTEB"), new IcaoCode("KVNY"), DEPARTURE.plusHours(2), 4)),
                fourPassengers());
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED, SOLD)
                .when(change)
                .expectException(refusedSaying(ErrorCode.EMPTY_LEG_SOLD, "carries the passengers of booking " + BUYER));
    }

    @Test
    void onlyTheBuyerReleasesTheLegAndThenItIsForSaleAgain() {
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED, SOLD)
                .when(new ReleaseEmptyLegCommand(BOOKING, 1, OTHER_BUYER, "not theirs"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED, SOLD)
                .when(new ReleaseEmptyLegCommand(BOOKING, 1, BUYER, "Booking cancelled"))
                .expectEvents(new EmptyLegReleasedEvent(BOOKING, 1, BUYER, "Booking cancelled"));
        fixture.givenCurrentTime(NOW).andGiven(requested(), HOST_CONFIRMED, SOLD,
                        new EmptyLegReleasedEvent(BOOKING, 1, BUYER, "Booking cancelled"))
                .when(new SellEmptyLegCommand(BOOKING, 1, OTHER_BUYER, 3))
                .expectEvents(new EmptyLegSoldEvent(BOOKING, 1, OTHER_BUYER, 3, AIRCRAFT, HOMEBOUND, CREW));
    }

    @Test
    void anEmptyLegBookingTakesItsStatusFromTheHostOnly() {
        BookingConfirmedEvent buyerConfirmed = new BookingConfirmedEvent(BUYER, AIRCRAFT, List.of(HOMEBOUND), CREW);
        ReportFlightStatusCommand departed = new ReportFlightStatusCommand(BUYER, 0, FlightStatus.DEPARTED, HOME_OUT,
                null, null, null, null);
        fixture.givenCurrentTime(HOME_OUT.plusSeconds(60)).andGiven(emptyLegRequested(), buyerConfirmed)
                .when(departed)
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "flies on leg 1 of booking " + BOOKING));
        fixture.givenCurrentTime(HOME_OUT.plusSeconds(60)).andGiven(emptyLegRequested(), buyerConfirmed)
                .when(new FollowHostLegCommand(BUYER, BOOKING, departed))
                .expectEvents(new LegDepartedEvent(BUYER, 0, HOME_OUT));
        fixture.givenCurrentTime(HOME_OUT.plusSeconds(60)).andGiven(emptyLegRequested(), buyerConfirmed)
                .when(new FollowHostLegCommand(BUYER, OTHER_BUYER, departed))
                .expectException(refusedWith(ErrorCode.BOOKING_STATE, "hostBookingId"));
    }

    @Test
    void anEmptyLegBookingCannotBeMovedAndGoesFreeWithItsHost() {
        BookingConfirmedEvent buyerConfirmed = new BookingConfirmedEvent(BUYER, AIRCRAFT, List.of(HOMEBOUND), CREW);
        fixture.givenCurrentTime(NOW).andGiven(emptyLegRequested(), buyerConfirmed)
                .when(new ProposeBookingChangeCommand(BUYER, ChangeId.random(), List.of(new ItineraryLeg(
                        new IcaoCode("KVNY"), new IcaoCode("KTEB"), DEPARTURE.plusHours(12), 2)), List.of()))
                .expectException(refusedSaying(ErrorCode.BOOKING_STATE, "is an empty leg"));
        // One hour before departure a client's own cancellation would cost everything; the host's costs nothing.
        Money nothing = emptyLegOption().price().subtotal().percent(BigDecimal.ZERO);
        fixture.givenCurrentTime(HOME_OUT.minus(Duration.ofHours(1))).andGiven(emptyLegRequested(), buyerConfirmed)
                .when(new CancelWithHostCommand(BUYER, BOOKING, "The trip carrying this empty leg was cancelled"))
                .expectEvents(new BookingCancelledEvent(BUYER, "The trip carrying this empty leg was cancelled", 1,
                        BigDecimal.ZERO, nothing));
        fixture.givenCurrentTime(NOW).andGiven(emptyLegRequested(), buyerConfirmed)
                .when(new CancelWithHostCommand(BUYER, OTHER_BUYER, "not its host"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
