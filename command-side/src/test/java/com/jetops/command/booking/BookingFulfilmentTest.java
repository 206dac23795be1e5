package com.jetops.command.booking;

import com.jetops.api.aircraft.ConfirmAircraftReservationCommand;
import com.jetops.api.aircraft.HoldAircraftCommand;
import com.jetops.api.aircraft.RecordFlightLegCommand;
import com.jetops.api.aircraft.ReleaseAircraftReservationCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.billing.InvoicePaidEvent;
import com.jetops.api.billing.IssueInvoiceCommand;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.ConfirmBookingCommand;
import com.jetops.api.booking.CrewAssignment;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDelayedEvent;
import com.jetops.api.booking.MarkBookingInvoicedCommand;
import com.jetops.api.booking.MarkBookingPaidCommand;
import com.jetops.api.booking.RejectBookingCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignCrewMemberCommand;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.RecordActualDutyCommand;
import com.jetops.api.crew.UnassignCrewMemberCommand;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.jetops.command.booking.BookingSamples.*;

/** The fulfilment saga: happy path, each refusal with its compensation, and what follows confirmation. */
class BookingFulfilmentTest {
    // A captain based at KTEB (nearest), another at KVNY; a first officer at KTEB; a flight attendant.
    private static final BookingCatalog.CatalogCrew NEAR_CAPTAIN = crew("11111111-1111-4111-8111-111111111111",
            "Alex Morgan", CrewPosition.CAPTAIN, "KTEB");
    private static final BookingCatalog.CatalogCrew FAR_CAPTAIN = crew("22222222-2222-4222-8222-222222222222",
            "Jordan Reyes", CrewPosition.CAPTAIN, "KVNY");
    private static final BookingCatalog.CatalogCrew FIRST_OFFICER = crew("33333333-3333-4333-8333-333333333333",
            "Casey Okafor", CrewPosition.FIRST_OFFICER, "KTEB");
    private static final BookingCatalog.CatalogCrew ATTENDANT = crew("44444444-4444-4444-8444-444444444444",
            "Riley Novak", CrewPosition.FLIGHT_ATTENDANT, "KHPN");
    private static final List<BookingCatalog.CatalogCrew> ROSTER = List.of(FAR_CAPTAIN, NEAR_CAPTAIN, FIRST_OFFICER,
            ATTENDANT);
    // 09:00 local departure: the crew reports at 08:00 (13:00Z) and the trip is one duty.
    private static final TimeWindow DUTY = new TimeWindow(OUT.minus(Duration.ofHours(1)),
            HOME_IN.plus(Duration.ofMinutes(30)));
    private static final List<TimeWindow> FLIGHTS = List.of(new TimeWindow(OUT, IN), new TimeWindow(HOME_OUT, HOME_IN));

    private SagaTestFixture<BookingFulfilment> fixture;
    private final List<Predicate<Object>> refuse = new ArrayList<>();

    private static BookingCatalog.CatalogCrew crew(String id, String name, CrewPosition position, String base) {
        return new BookingCatalog.CatalogCrew(CrewMemberId.of(id), name, position, new IcaoCode(base));
    }

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(BookingFulfilment.class);
        fixture.registerResource((CrewCandidates) (positions, type) ->
                ROSTER.stream().filter(c -> positions.contains(c.position())).toList());
        fixture.registerResource(AIRPORTS);
        fixture.registerResource(BookingProperties.defaults());
        fixture.setCallbackBehavior((command, metaData) -> {
            if (refuse.stream().anyMatch(rule -> rule.test(command))) {
                throw new CommandExecutionException("refused", null,
                        new Refusal(ErrorCode.FTL_FLIGHT_TIME_24_HOURS, null, "flight time in 24 consecutive hours would be 10.2 h, limit 10 h"));
            }
            return 1L;
        });
    }

    private static ReservationId reservation(int leg) {
        return BookingFulfilment.reservationId(BOOKING, leg);
    }

    private static AssignCrewMemberCommand assign(BookingCatalog.CatalogCrew member, CrewRole role) {
        return new AssignCrewMemberCommand(member.crewMemberId(),
                BookingFulfilment.assignmentId(BOOKING, member.crewMemberId(), 0), BOOKING, role,
                CrewComplement.TWO_PILOT, "CL35", DUTY, FLIGHTS);
    }

    private static CrewAssignment assigned(BookingCatalog.CatalogCrew member, CrewRole role) {
        return new CrewAssignment(member.crewMemberId(), member.name(), role,
                List.of(BookingFulfilment.assignmentId(BOOKING, member.crewMemberId(), 0)));
    }

    @Test
    void reservesEveryLegThenTheNearestLegalCrewThenConfirms() {
        List<TimeWindow> windows = option().reservationWindows();
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested())
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        new HoldAircraftCommand(AIRCRAFT, reservation(0), BOOKING, windows.get(0)),
                        new HoldAircraftCommand(AIRCRAFT, reservation(1), BOOKING, windows.get(1)),
                        assign(NEAR_CAPTAIN, CrewRole.PILOT_IN_COMMAND),
                        assign(FIRST_OFFICER, CrewRole.SECOND_IN_COMMAND),
                        assign(ATTENDANT, CrewRole.CABIN),
                        new ConfirmAircraftReservationCommand(AIRCRAFT, reservation(0)),
                        new ConfirmAircraftReservationCommand(AIRCRAFT, reservation(1)),
                        new ConfirmBookingCommand(BOOKING, List.of(reservation(0), reservation(1)), List.of(
                                assigned(NEAR_CAPTAIN, CrewRole.PILOT_IN_COMMAND),
                                assigned(FIRST_OFFICER, CrewRole.SECOND_IN_COMMAND),
                                assigned(ATTENDANT, CrewRole.CABIN))));
    }

    @Test
    void anAircraftRefusalReleasesWhatWasHeldAndRejectsWithTheReason() {
        refuse.add(command -> command instanceof HoldAircraftCommand hold && hold.reservationId().equals(reservation(1)));
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested())
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new HoldAircraftCommand(AIRCRAFT, reservation(0), BOOKING, option().reservationWindows().get(0)),
                        new HoldAircraftCommand(AIRCRAFT, reservation(1), BOOKING, option().reservationWindows().get(1)),
                        new ReleaseAircraftReservationCommand(AIRCRAFT, reservation(0),
                                "Booking " + BOOKING + " could not be fulfilled"),
                        new RejectBookingCommand(BOOKING, "Aircraft N350CL cannot be reserved for leg 1 KVNY→KTEB at "
                                + HOME_OUT + ": flight time in 24 consecutive hours would be 10.2 h, limit 10 h"));
    }

    @Test
    void aCaptainWhoIsNotLegalIsPassedOverForTheNextNearest() {
        refuse.add(command -> command instanceof AssignCrewMemberCommand a
                && a.crewMemberId().equals(NEAR_CAPTAIN.crewMemberId()));
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested())
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.CoreMatchers.equalTo(assign(FAR_CAPTAIN, CrewRole.PILOT_IN_COMMAND)))));
    }

    @Test
    void withNoLegalFirstOfficerEverythingIsGivenBackAndTheRejectionSaysWhoWasTried() {
        refuse.add(command -> command instanceof AssignCrewMemberCommand a && a.role() == CrewRole.SECOND_IN_COMMAND);
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested())
                .expectActiveSagas(0)
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAllOf(
                        payload(new UnassignCrewMemberCommand(NEAR_CAPTAIN.crewMemberId(),
                                BookingFulfilment.assignmentId(BOOKING, NEAR_CAPTAIN.crewMemberId(), 0),
                                "Booking " + BOOKING + " could not be fulfilled")),
                        payload(new ReleaseAircraftReservationCommand(AIRCRAFT, reservation(0),
                                "Booking " + BOOKING + " could not be fulfilled")),
                        payload(new ReleaseAircraftReservationCommand(AIRCRAFT, reservation(1),
                                "Booking " + BOOKING + " could not be fulfilled")),
                        payload(new RejectBookingCommand(BOOKING, "No CL35-rated first officer legal for " + OUT
                                + " — tried 2: Casey Okafor: flight time in 24 consecutive hours would be 10.2 h, "
                                + "limit 10 h; Jordan Reyes: flight time in 24 consecutive hours would be 10.2 h, "
                                + "limit 10 h"))));
    }

    @Test
    void whenTheBookingWasCancelledMeanwhileTheSagaWaitsForTheCancellationInsteadOfEnding() {
        refuse.add(command -> command instanceof AssignCrewMemberCommand);
        refuse.add(command -> command instanceof RejectBookingCommand);
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested())
                .expectActiveSagas(1);
    }

    @Test
    void restBetweenDutiesCountsFromReleaseToReport() {
        BookingProperties properties = BookingProperties.defaults();
        java.time.Instant landed = OUT.plus(Duration.ofHours(2));
        // 10 h 30 min on the ground: 30 min release + 9 h rest + 60 min report: still one duty.
        List<com.jetops.api.booking.PlannedLeg> tight = List.of(
                new com.jetops.api.booking.PlannedLeg(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), OUT, landed, 4, false),
                new com.jetops.api.booking.PlannedLeg(1, new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                        landed.plus(Duration.ofMinutes(630)), landed.plus(Duration.ofMinutes(930)), 4, false));
        org.assertj.core.api.Assertions.assertThat(BookingFulfilment.dutyPeriods(tight, properties))
                .containsExactly(List.of(0, 1));
        List<com.jetops.api.booking.PlannedLeg> rested = List.of(tight.get(0),
                new com.jetops.api.booking.PlannedLeg(1, new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                        landed.plus(Duration.ofMinutes(690)), landed.plus(Duration.ofMinutes(990)), 4, false));
        org.assertj.core.api.Assertions.assertThat(BookingFulfilment.dutyPeriods(rested, properties))
                .containsExactly(List.of(0), List.of(1));
    }

    private static org.hamcrest.Matcher<org.axonframework.messaging.Message<?>> payload(Object expected) {
        return org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.CoreMatchers.equalTo(expected));
    }

    private BookingConfirmedEvent confirmed() {
        return new BookingConfirmedEvent(BOOKING, AIRCRAFT, List.of(reservation(0), reservation(1)), List.of(
                assigned(NEAR_CAPTAIN, CrewRole.PILOT_IN_COMMAND), assigned(FIRST_OFFICER, CrewRole.SECOND_IN_COMMAND),
                assigned(ATTENDANT, CrewRole.CABIN)));
    }

    @Test
    void aCancellationReleasesAircraftAndCrewAndBillsTheFee() {
        Money fee = Money.of("100.00", "USD");
        fixture.givenAPublished(requested()).andThenAPublished(confirmed())
                .whenPublishingA(new BookingCancelledEvent(BOOKING, "plans changed", 40, BigDecimal.valueOf(100), fee))
                .expectActiveSagas(0)
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAllOf(
                        payload(new UnassignCrewMemberCommand(FIRST_OFFICER.crewMemberId(),
                                BookingFulfilment.assignmentId(BOOKING, FIRST_OFFICER.crewMemberId(), 0),
                                "Booking cancelled: plans changed")),
                        payload(new ReleaseAircraftReservationCommand(AIRCRAFT, reservation(1),
                                "Booking cancelled: plans changed")),
                        payload(new IssueInvoiceCommand(BookingFulfilment.invoiceId(BOOKING, "cancellation"), BOOKING,
                                CLIENT, null, AIRCRAFT, "owner-17",
                                CancellationFee.priced(price(), fee, BigDecimal.valueOf(100))))));
    }

    @Test
    void flownLegsGoToTheAircraftAndTheDutyActualsToTheCrewWithTheOverrunFlag() {
        LegArrivedEvent out = new LegArrivedEvent(BOOKING, 0, AIRCRAFT, new IcaoCode("KTEB"), new IcaoCode("KVNY"),
                OUT.plus(Duration.ofMinutes(70)), IN.plus(Duration.ofMinutes(70)), 310);
        LegArrivedEvent home = new LegArrivedEvent(BOOKING, 1, AIRCRAFT, new IcaoCode("KVNY"), new IcaoCode("KTEB"),
                HOME_OUT.plus(Duration.ofMinutes(70)), HOME_IN.plus(Duration.ofMinutes(70)), 290);
        TimeWindow actualDuty = new TimeWindow(out.blockOff().minus(Duration.ofHours(1)),
                home.blockOn().plus(Duration.ofMinutes(30)));
        List<TimeWindow> flown = List.of(new TimeWindow(out.blockOff(), out.blockOn()),
                new TimeWindow(home.blockOff(), home.blockOn()));
        fixture.givenAPublished(requested()).andThenAPublished(confirmed())
                .andThenAPublished(new LegDelayedEvent(BOOKING, 0, OUT.plus(Duration.ofMinutes(70)), "snow", true))
                .andThenAPublished(out)
                .whenPublishingA(home)
                .expectDispatchedCommands(
                        new RecordFlightLegCommand(AIRCRAFT, home.from(), home.to(), home.blockOff(), home.blockOn(), 290, 1),
                        new RecordActualDutyCommand(NEAR_CAPTAIN.crewMemberId(),
                                BookingFulfilment.assignmentId(BOOKING, NEAR_CAPTAIN.crewMemberId(), 0), actualDuty, flown, true),
                        new RecordActualDutyCommand(FIRST_OFFICER.crewMemberId(),
                                BookingFulfilment.assignmentId(BOOKING, FIRST_OFFICER.crewMemberId(), 0), actualDuty, flown, true),
                        new RecordActualDutyCommand(ATTENDANT.crewMemberId(),
                                BookingFulfilment.assignmentId(BOOKING, ATTENDANT.crewMemberId(), 0), actualDuty, flown, true));
    }

    @Test
    void aCompletedTripIsInvoiced() {
        fixture.givenAPublished(requested()).andThenAPublished(confirmed())
                .whenPublishingA(new BookingCompletedEvent(BOOKING, HOME_IN))
                .expectDispatchedCommands(
                        new IssueInvoiceCommand(BookingFulfilment.invoiceId(BOOKING, "trip"), BOOKING, CLIENT, null,
                                AIRCRAFT, "owner-17", price()),
                        new MarkBookingInvoicedCommand(BOOKING, BookingFulfilment.invoiceId(BOOKING, "trip")));
    }

    @Test
    void theInvoiceCarriesTheExtrasAndStillAddsUp() {
        var extra = new com.jetops.api.booking.BookingExtraAddedEvent(BOOKING, "De-icing at KTEB", Money.of("1850.00", "USD"));
        var invoiced = Extras.added(price(), List.of(extra));
        org.assertj.core.api.Assertions.assertThat(invoiced.subtotal().amount())
                .isEqualByComparingTo(price().subtotal().amount().add(new BigDecimal("1850.00")));
        org.assertj.core.api.Assertions.assertThat(invoiced.lines()).last()
                .isEqualTo(new com.jetops.api.pricing.PriceLine(com.jetops.api.pricing.PriceLineKind.EXTRA,
                        "De-icing at KTEB", null, Money.of("1850.00", "USD")));
        fixture.givenAPublished(requested()).andThenAPublished(confirmed()).andThenAPublished(extra)
                .whenPublishingA(new BookingCompletedEvent(BOOKING, HOME_IN))
                .expectDispatchedCommands(
                        new IssueInvoiceCommand(BookingFulfilment.invoiceId(BOOKING, "trip"), BOOKING, CLIENT, null,
                                AIRCRAFT, "owner-17", invoiced),
                        new MarkBookingInvoicedCommand(BOOKING, BookingFulfilment.invoiceId(BOOKING, "trip")));
    }

    /** At-least-once delivery: a request handled and stored already is not fulfilled again (nor undone). */
    @Test
    void aRedeliveredRequestChangesNothing() {
        fixture.givenAPublished(requested())
                .whenPublishingA(requested())
                .expectNoDispatchedCommands();
    }

    /** At-least-once delivery: the same extra event twice is charged once. */
    @Test
    void aRedeliveredExtraIsChargedOnce() {
        var extra = new com.jetops.api.booking.BookingExtraAddedEvent(BOOKING, "De-icing at KTEB", Money.of("250.00", "USD"));
        var message = org.axonframework.eventhandling.GenericEventMessage.asEventMessage(extra);
        fixture.givenAPublished(requested()).andThenAPublished(confirmed()).andThenAPublished(message)
                .andThenAPublished(message)
                .whenPublishingA(new BookingCompletedEvent(BOOKING, HOME_IN))
                .expectDispatchedCommands(
                        new IssueInvoiceCommand(BookingFulfilment.invoiceId(BOOKING, "trip"), BOOKING, CLIENT, null,
                                AIRCRAFT, "owner-17", Extras.added(price(), List.of(extra))),
                        new MarkBookingInvoicedCommand(BOOKING, BookingFulfilment.invoiceId(BOOKING, "trip")));
    }

    @Test
    void thePaidInvoiceMarksTheBookingPaidAndEndsTheSaga() {
        fixture.givenAPublished(requested()).andThenAPublished(confirmed())
                .andThenAPublished(new BookingCompletedEvent(BOOKING, HOME_IN))
                .whenPublishingA(new InvoicePaidEvent(BookingFulfilment.invoiceId(BOOKING, "trip"), BOOKING,
                        LocalDate.parse("2026-12-20"), price().platformFee()))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new MarkBookingPaidCommand(BOOKING, BookingFulfilment.invoiceId(BOOKING, "trip")));
    }

    // --- changes ---------------------------------------------------------------------------------

    private static final com.jetops.api.booking.ChangeId CHANGE =
            com.jetops.api.booking.ChangeId.of("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    @Test
    void anAcceptedChangeHoldsTheNewLegsReassignsTheCrewThenReleasesTheOldReservations() {
        String generation = "/" + CHANGE;
        fixture.givenAPublished(requested()).andThenAPublished(confirmed())
                .whenPublishingA(new com.jetops.api.booking.BookingChangeAcceptedEvent(BOOKING, CHANGE, option(),
                        fourPassengers()))
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAllOf(
                        payload(new UnassignCrewMemberCommand(NEAR_CAPTAIN.crewMemberId(),
                                BookingFulfilment.assignmentId(BOOKING, NEAR_CAPTAIN.crewMemberId(), 0), "Trip changed")),
                        payload(new HoldAircraftCommand(AIRCRAFT, BookingFulfilment.reservationId(BOOKING, generation, 0),
                                BOOKING, option().reservationWindows().get(0), List.of(reservation(0), reservation(1)))),
                        payload(new ReleaseAircraftReservationCommand(AIRCRAFT, reservation(0), "Trip changed")),
                        payload(new com.jetops.api.booking.ApplyBookingChangeCommand(BOOKING, CHANGE, List.of(
                                BookingFulfilment.reservationId(BOOKING, generation, 0),
                                BookingFulfilment.reservationId(BOOKING, generation, 1)), List.of(
                                new CrewAssignment(NEAR_CAPTAIN.crewMemberId(), NEAR_CAPTAIN.name(), CrewRole.PILOT_IN_COMMAND,
                                        List.of(BookingFulfilment.assignmentId(BOOKING, generation, NEAR_CAPTAIN.crewMemberId(), 0))),
                                new CrewAssignment(FIRST_OFFICER.crewMemberId(), FIRST_OFFICER.name(), CrewRole.SECOND_IN_COMMAND,
                                        List.of(BookingFulfilment.assignmentId(BOOKING, generation, FIRST_OFFICER.crewMemberId(), 0))),
                                new CrewAssignment(ATTENDANT.crewMemberId(), ATTENDANT.name(), CrewRole.CABIN,
                                        List.of(BookingFulfilment.assignmentId(BOOKING, generation, ATTENDANT.crewMemberId(), 0))))))));
    }

    @Test
    void aChangeTheAircraftRefusesLeavesTheCrewAloneAndKeepsTheOldTrip() {
        String generation = "/" + CHANGE;
        refuse.add(command -> command instanceof HoldAircraftCommand hold
                && hold.reservationId().equals(BookingFulfilment.reservationId(BOOKING, generation, 0)));
        fixture.givenAPublished(requested()).andThenAPublished(confirmed())
                .whenPublishingA(new com.jetops.api.booking.BookingChangeAcceptedEvent(BOOKING, CHANGE, option(),
                        fourPassengers()))
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        new HoldAircraftCommand(AIRCRAFT, BookingFulfilment.reservationId(BOOKING, generation, 0), BOOKING,
                                option().reservationWindows().get(0), List.of(reservation(0), reservation(1))),
                        new com.jetops.api.booking.RejectBookingChangeCommand(BOOKING, CHANGE,
                                "Aircraft N350CL cannot be reserved for leg 0 KTEB→KVNY at " + OUT
                                        + ": flight time in 24 consecutive hours would be 10.2 h, limit 10 h"));
    }
}
