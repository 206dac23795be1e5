package com.jetops.command.booking;

import com.jetops.api.aircraft.RecordFlightLegCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.billing.IssueInvoiceCommand;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.CancelWithHostCommand;
import com.jetops.api.booking.ConfirmBookingCommand;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.FlightStatus;
import com.jetops.api.booking.FollowHostLegCommand;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.RejectBookingCommand;
import com.jetops.api.booking.ReleaseEmptyLegCommand;
import com.jetops.api.booking.ReportFlightStatusCommand;
import com.jetops.api.booking.SellEmptyLegCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewPosition;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.messaging.Message;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.jetops.command.booking.BookingSamples.*;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.listWithAllOf;
import static org.hamcrest.CoreMatchers.equalTo;
import static org.hamcrest.CoreMatchers.instanceOf;

/** The fulfilment of an empty-leg booking, and the host trip's fulfilment passing its leg on. */
class EmptyLegFulfilmentTest {
    private static final ReservationId HOMEBOUND = BookingFulfilment.reservationId(BOOKING, 1);
    private static final EmptyLegSoldEvent SOLD = new EmptyLegSoldEvent(BOOKING, 1, BUYER, 2, AIRCRAFT, HOMEBOUND,
            List.of());

    private static final List<BookingCatalog.CatalogCrew> ROSTER = List.of(
            crew("11111111-1111-4111-8111-111111111111", "Alex Morgan", CrewPosition.CAPTAIN),
            crew("33333333-3333-4333-8333-333333333333", "Casey Okafor", CrewPosition.FIRST_OFFICER),
            crew("44444444-4444-4444-8444-444444444444", "Riley Novak", CrewPosition.FLIGHT_ATTENDANT));

    private SagaTestFixture<BookingFulfilment> fixture;
    private Refusal sellRefusal;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(BookingFulfilment.class);
        // The host trip needs a crew to be confirmed: one of each position, all legal.
        fixture.registerResource((CrewCandidates) (positions, type) -> ROSTER.stream()
                .filter(c -> positions.contains(c.position())).toList());
        fixture.registerResource(AIRPORTS);
        fixture.registerResource(BookingProperties.defaults());
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof SellEmptyLegCommand) {
                if (sellRefusal != null) {
                    throw new CommandExecutionException("refused", null, sellRefusal);
                }
                return SOLD;
            }
            return 1L;
        });
    }

    @Test
    void buysTheHostsLegAndIsConfirmedWithItsAircraftAndCrewHoldingNothingOfItsOwn() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(emptyLegRequested())
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        new SellEmptyLegCommand(BOOKING, 1, BUYER, 2),
                        new ConfirmBookingCommand(BUYER, List.of(HOMEBOUND), List.of()));
    }

    @Test
    void aLegNoLongerForSaleRejectsTheBookingWithTheHostsReason() {
        sellRefusal = new Refusal(ErrorCode.EMPTY_LEG_NOT_AVAILABLE, null,
                "The empty leg KVNY→KTEB is no longer available: it was sold to booking X");
        fixture.givenNoPriorActivity()
                .whenPublishingA(emptyLegRequested())
                .expectActiveSagas(0)
                .expectDispatchedCommands(new SellEmptyLegCommand(BOOKING, 1, BUYER, 2),
                        new RejectBookingCommand(BUYER, "The empty leg KVNY→KTEB is no longer available: it was sold "
                                + "to booking X"));
    }

    @Test
    void theHostPassesItsReportsOnTheSoldLegToTheBuyer() {
        fixture.givenAPublished(requested()).andThenAPublished(confirmed()).andThenAPublished(SOLD)
                .whenPublishingA(new LegDepartedEvent(BOOKING, 1, HOME_OUT))
                .expectDispatchedCommands(new FollowHostLegCommand(BUYER, BOOKING, new ReportFlightStatusCommand(
                        BUYER, 0, FlightStatus.DEPARTED, HOME_OUT, null, null, null, null)));
        fixture.givenAPublished(requested()).andThenAPublished(confirmed()).andThenAPublished(SOLD)
                .andThenAPublished(new EmptyLegReleasedEvent(BOOKING, 1, BUYER, "cancelled"))
                .whenPublishingA(new LegDepartedEvent(BOOKING, 1, HOME_OUT))
                .expectNoDispatchedCommands();
    }

    @Test
    void theHostsCancellationCancelsTheBuyerFreeOfCharge() {
        fixture.givenAPublished(requested()).andThenAPublished(confirmed()).andThenAPublished(SOLD)
                .whenPublishingA(new BookingCancelledEvent(BOOKING, "owner needs the aircraft", 200, BigDecimal.ZERO,
                        price().subtotal().percent(BigDecimal.ZERO)))
                .expectDispatchedCommandsMatching(listWithAnyOf(payload(new CancelWithHostCommand(BUYER, BOOKING,
                        "The trip carrying this empty leg (booking " + BOOKING + ") was cancelled"))));
    }

    @Test
    void theBuyerLeavesTheAircraftLogToTheHostAndIsInvoicedWhenItsLegArrives() {
        LegArrivedEvent arrived = new LegArrivedEvent(BUYER, 0, AIRCRAFT, new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                HOME_OUT, HOME_IN, 290);
        fixture.givenAPublished(emptyLegRequested()).andThenAPublished(buyerConfirmed())
                .andThenAPublished(new LegDepartedEvent(BUYER, 0, HOME_OUT))
                .whenPublishingA(arrived)
                .expectNoDispatchedCommands();
        fixture.givenAPublished(emptyLegRequested()).andThenAPublished(buyerConfirmed())
                .whenPublishingA(new BookingCompletedEvent(BUYER, HOME_IN))
                .expectDispatchedCommandsMatching(listWithAnyOf(messageWithPayload(instanceOf(IssueInvoiceCommand.class))));
    }

    @Test
    void theBuyersCancellationPutsTheLegBackOnSale() {
        fixture.givenAPublished(emptyLegRequested()).andThenAPublished(buyerConfirmed())
                .whenPublishingA(new BookingCancelledEvent(BUYER, "plans changed", 200, BigDecimal.ZERO,
                        price().subtotal().percent(BigDecimal.ZERO)))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new ReleaseEmptyLegCommand(BOOKING, 1, BUYER,
                        "Booking " + BUYER + " cancelled: plans changed"));
    }

    @Test
    void theHostStillLogsTheSoldLegOnTheAircraft() {
        LegArrivedEvent arrived = new LegArrivedEvent(BOOKING, 1, AIRCRAFT, new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                HOME_OUT, HOME_IN, 290);
        fixture.givenAPublished(requested()).andThenAPublished(confirmed()).andThenAPublished(SOLD)
                .andThenAPublished(new LegDepartedEvent(BOOKING, 1, HOME_OUT))
                .whenPublishingA(arrived)
                .expectDispatchedCommandsMatching(listWithAllOf(
                        payload(new FollowHostLegCommand(BUYER, BOOKING, new ReportFlightStatusCommand(BUYER, 0,
                                FlightStatus.ARRIVED, HOME_IN, null, 290L, null, null))),
                        messageWithPayload(instanceOf(RecordFlightLegCommand.class))));
    }

    private static BookingCatalog.CatalogCrew crew(String id, String name, CrewPosition position) {
        return new BookingCatalog.CatalogCrew(CrewMemberId.of(id), name, position, new IcaoCode("KTEB"));
    }

    private static Matcher<Message<?>> payload(Object expected) {
        return messageWithPayload(equalTo(expected));
    }

    private static BookingConfirmedEvent confirmed() {
        return new BookingConfirmedEvent(BOOKING, AIRCRAFT, List.of(BookingFulfilment.reservationId(BOOKING, 0),
                HOMEBOUND), List.of());
    }

    private static BookingConfirmedEvent buyerConfirmed() {
        return new BookingConfirmedEvent(BUYER, AIRCRAFT, List.of(HOMEBOUND), List.of());
    }
}
