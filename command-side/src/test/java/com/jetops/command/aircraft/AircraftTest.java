package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AddBlackoutCommand;
import com.jetops.api.aircraft.AircraftDetailsUpdatedEvent;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftInsurance;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftRegistration;
import com.jetops.api.aircraft.AircraftReservationConfirmedEvent;
import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.AircraftReservationReleasedEvent;
import com.jetops.api.aircraft.AircraftRetiredEvent;
import com.jetops.api.aircraft.AircraftReturnedToServiceEvent;
import com.jetops.api.aircraft.AssignAircraftOwnerCommand;
import com.jetops.api.aircraft.BlackoutAddedEvent;
import com.jetops.api.aircraft.BlackoutId;
import com.jetops.api.aircraft.BlackoutRemovedEvent;
import com.jetops.api.aircraft.BlockAircraftForMaintenanceCommand;
import com.jetops.api.aircraft.ConfirmAircraftReservationCommand;
import com.jetops.api.aircraft.CorrectFlightLegCommand;
import com.jetops.api.aircraft.EndMaintenanceBlockCommand;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegId;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.GroundAircraftCommand;
import com.jetops.api.aircraft.HoldAircraftCommand;
import com.jetops.api.aircraft.MaintenanceBlockAddedEvent;
import com.jetops.api.aircraft.MaintenanceBlockEndedEvent;
import com.jetops.api.aircraft.LiftMaintenanceHoldCommand;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.aircraft.MaintenanceHoldLiftedEvent;
import com.jetops.api.aircraft.MaintenanceHoldPlacedEvent;
import com.jetops.api.aircraft.PlaceMaintenanceHoldCommand;
import com.jetops.api.aircraft.RecordFlightLegCommand;
import com.jetops.api.aircraft.ReleaseAircraftReservationCommand;
import com.jetops.api.aircraft.RemoveBlackoutCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.aircraft.RetireAircraftCommand;
import com.jetops.api.aircraft.ReturnAircraftToServiceCommand;
import com.jetops.api.aircraft.UpdateAircraftDetailsCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TailNumber;
import com.jetops.api.reference.Airports;
import org.axonframework.test.aggregate.AggregateTestFixture;
import static com.jetops.command.Refusals.refusedWith;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.jetops.command.aircraft.AircraftFixtures.registerG650;
import static com.jetops.command.aircraft.AircraftFixtures.registerG650With;
import static com.jetops.command.aircraft.AircraftFixtures.registered;

class AircraftTest {
    private AggregateTestFixture<Aircraft> fixture;
    private InMemoryTailNumberClaims tailNumbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Aircraft.class);
        tailNumbers = new InMemoryTailNumberClaims();
        fixture.registerInjectableResource(Airports.bundled());
        fixture.registerInjectableResource(tailNumbers);
    }


    @Test
    void registersAnAircraftAvailableAtItsBase() {
        RegisterAircraftCommand command = registerG650();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(command));
    }

    @Test
    void refusesATailNumberAnotherAircraftHolds() {
        tailNumbers.claim(new TailNumber("N650GA"), AircraftId.random());
        fixture.givenNoPriorActivity()
                .when(registerG650())
                .expectException(refusedWith(ErrorCode.TAIL_NUMBER_TAKEN, "tailNumber"))
                .expectNoEvents();
    }

    @Test
    void refusesABaseAirportMissingFromTheReferenceData() {
        RegisterAircraftCommand command = registerG650();
        fixture.givenNoPriorActivity()
                .when(new RegisterAircraftCommand(command.aircraftId(), command.tailNumber(),
                        command.specification(), new IcaoCode("ZZZZ"), command.amenities()))
                .expectException(refusedWith(ErrorCode.UNKNOWN_AIRPORT, "baseAirport"))
                .expectNoEvents();
    }

    @Test
    void refusedRegistrationLeavesTheTailNumberFree() {
        fixture.givenNoPriorActivity()
                .when(registerG650With(spec -> withSeats(spec, 0)))
                .expectException(RuleViolationException.class);
        fixture.givenNoPriorActivity()
                .when(registerG650())
                .expectSuccessfulHandlerExecution();
    }

    // --- calendar -------------------------------------------------------------------------

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final BookingId BOOKING = BookingId.of("0b0f9d2a-59a1-4c43-9f0e-5f5d6f2d8a11");
    private static final ReservationId RESERVATION = ReservationId.of("7a4e1b9c-2f6d-4c1a-8e3b-1d2c3b4a5f60");
    private static final BlackoutId BLACKOUT = BlackoutId.of("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final MaintenanceBlockId BLOCK = MaintenanceBlockId.of("9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b");

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    private static final TimeWindow DEC_10 = window("2026-12-10T08:00:00Z", "2026-12-10T14:00:00Z");

    private org.axonframework.test.aggregate.TestExecutor<Aircraft> givenRegistered(Object... more) {
        fixture.setReportIllegalStateChange(false);
        java.util.List<Object> events = new java.util.ArrayList<>();
        events.add(registered(registerG650()));
        events.addAll(java.util.List.of(more));
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    private static AircraftReservationHeldEvent heldOnDec10() {
        return new AircraftReservationHeldEvent(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10);
    }

    @Test
    void holdsAFreeWindowForABooking() {
        givenRegistered()
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectEvents(heldOnDec10());
    }

    @Test
    void refusesAReservationOverlappingAnotherReservation() {
        givenRegistered(heldOnDec10())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, ReservationId.random(), BookingId.random(),
                        window("2026-12-10T13:59:00Z", "2026-12-10T18:00:00Z")))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"))
                .expectNoEvents();
    }

    @Test
    void aBookingMayOverlapOnlyTheReservationsItIsReplacing() {
        TimeWindow overlapping = window("2026-12-10T13:00:00Z", "2026-12-10T17:00:00Z");
        givenRegistered(heldOnDec10())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, ReservationId.random(), BOOKING, overlapping))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"))
                .expectNoEvents();
        ReservationId replacement = ReservationId.random();
        givenRegistered(heldOnDec10())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, replacement, BOOKING, overlapping,
                        java.util.List.of(RESERVATION)))
                .expectEvents(new AircraftReservationHeldEvent(AircraftFixtures.G650_ID, replacement, BOOKING, overlapping));
        givenRegistered(heldOnDec10())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, replacement, BookingId.random(), overlapping,
                        java.util.List.of(RESERVATION)))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"));
    }

    @Test
    void acceptsAReservationStartingExactlyWhenAnotherEnds() {
        TimeWindow afternoon = window("2026-12-10T14:00:00Z", "2026-12-10T18:00:00Z");
        ReservationId second = ReservationId.random();
        BookingId otherBooking = BookingId.random();
        givenRegistered(heldOnDec10())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, second, otherBooking, afternoon))
                .expectEvents(new AircraftReservationHeldEvent(AircraftFixtures.G650_ID, second, otherBooking, afternoon));
    }

    @Test
    void refusesAReservationOverlappingABlackout() {
        givenRegistered(new BlackoutAddedEvent(AircraftFixtures.G650_ID, BLACKOUT,
                window("2026-12-09T00:00:00Z", "2026-12-10T09:00:00Z"), "owner trip"))
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"))
                .expectNoEvents();
    }

    @Test
    void refusesAReservationOverlappingAMaintenanceBlock() {
        givenRegistered(new MaintenanceBlockAddedEvent(AircraftFixtures.G650_ID, BLOCK,
                window("2026-12-10T12:00:00Z", "2026-12-12T00:00:00Z"), "phase inspection"))
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"))
                .expectNoEvents();
    }

    @Test
    void aReleasedReservationFreesItsWindow() {
        givenRegistered(heldOnDec10(),
                new AircraftReservationReleasedEvent(AircraftFixtures.G650_ID, RESERVATION, "client cancelled"))
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, ReservationId.random(), BookingId.random(), DEC_10))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAReservationOfAGroundedAircraft() {
        givenRegistered(new AircraftGroundedEvent(AircraftFixtures.G650_ID, "AOG: hydraulic leak"))
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_GROUNDED, null))
                .expectNoEvents();
    }

    @Test
    void acceptsReservationsAgainAfterReturnToService() {
        givenRegistered(new AircraftGroundedEvent(AircraftFixtures.G650_ID, "AOG: hydraulic leak"),
                new AircraftReturnedToServiceEvent(AircraftFixtures.G650_ID))
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectEvents(heldOnDec10());
    }

    @Test
    void refusesAReservationOfARetiredAircraft() {
        givenRegistered(new AircraftRetiredEvent(AircraftFixtures.G650_ID, "sold"))
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_RETIRED, null))
                .expectNoEvents();
    }

    @Test
    void refusesAWindowThatHasAlreadyEnded() {
        givenRegistered()
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING,
                        window("2026-11-30T08:00:00Z", "2026-11-30T10:00:00Z")))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "window"))
                .expectNoEvents();
    }

    @Test
    void holdingTheSameReservationTwiceChangesNothing() {
        givenRegistered(heldOnDec10())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void confirmsAHeldReservationOnce() {
        givenRegistered(heldOnDec10())
                .when(new ConfirmAircraftReservationCommand(AircraftFixtures.G650_ID, RESERVATION))
                .expectEvents(new AircraftReservationConfirmedEvent(AircraftFixtures.G650_ID, RESERVATION));
        givenRegistered(heldOnDec10(), new AircraftReservationConfirmedEvent(AircraftFixtures.G650_ID, RESERVATION))
                .when(new ConfirmAircraftReservationCommand(AircraftFixtures.G650_ID, RESERVATION))
                .expectNoEvents();
    }

    @Test
    void refusesToConfirmOrReleaseAnUnknownReservation() {
        givenRegistered()
                .when(new ConfirmAircraftReservationCommand(AircraftFixtures.G650_ID, RESERVATION))
                .expectException(refusedWith(ErrorCode.RESERVATION_NOT_FOUND, "reservationId"))
                .expectNoEvents();
        givenRegistered()
                .when(new ReleaseAircraftReservationCommand(AircraftFixtures.G650_ID, RESERVATION, "cancelled"))
                .expectException(refusedWith(ErrorCode.RESERVATION_NOT_FOUND, "reservationId"))
                .expectNoEvents();
    }

    @Test
    void refusesABlackoutOverABookedWindowButAllowsItBeside() {
        givenRegistered(heldOnDec10())
                .when(new AddBlackoutCommand(AircraftFixtures.G650_ID, BLACKOUT,
                        window("2026-12-10T10:00:00Z", "2026-12-11T00:00:00Z"), "owner trip"))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"))
                .expectNoEvents();
        TimeWindow nextDay = window("2026-12-11T00:00:00Z", "2026-12-12T00:00:00Z");
        givenRegistered(heldOnDec10())
                .when(new AddBlackoutCommand(AircraftFixtures.G650_ID, BLACKOUT, nextDay, "owner trip"))
                .expectEvents(new BlackoutAddedEvent(AircraftFixtures.G650_ID, BLACKOUT, nextDay, "owner trip"));
    }

    @Test
    void removesABlackoutAndRefusesAnUnknownOne() {
        TimeWindow nextDay = window("2026-12-11T00:00:00Z", "2026-12-12T00:00:00Z");
        givenRegistered(new BlackoutAddedEvent(AircraftFixtures.G650_ID, BLACKOUT, nextDay, "owner trip"))
                .when(new RemoveBlackoutCommand(AircraftFixtures.G650_ID, BLACKOUT))
                .expectEvents(new BlackoutRemovedEvent(AircraftFixtures.G650_ID, BLACKOUT));
        givenRegistered()
                .when(new RemoveBlackoutCommand(AircraftFixtures.G650_ID, BLACKOUT))
                .expectException(refusedWith(ErrorCode.BLACKOUT_NOT_FOUND, "blackoutId"))
                .expectNoEvents();
    }

    @Test
    void refusesAMaintenanceBlockOverABookedWindow() {
        givenRegistered(heldOnDec10())
                .when(new BlockAircraftForMaintenanceCommand(AircraftFixtures.G650_ID, BLOCK, DEC_10, "A-check"))
                .expectException(refusedWith(ErrorCode.CALENDAR_CONFLICT, "window"))
                .expectNoEvents();
    }

    @Test
    void endsAMaintenanceBlock() {
        givenRegistered(new MaintenanceBlockAddedEvent(AircraftFixtures.G650_ID, BLOCK, DEC_10, "A-check"))
                .when(new EndMaintenanceBlockCommand(AircraftFixtures.G650_ID, BLOCK))
                .expectEvents(new MaintenanceBlockEndedEvent(AircraftFixtures.G650_ID, BLOCK));
        givenRegistered()
                .when(new EndMaintenanceBlockCommand(AircraftFixtures.G650_ID, BLOCK))
                .expectException(refusedWith(ErrorCode.MAINTENANCE_BLOCK_NOT_FOUND, "maintenanceBlockId"))
                .expectNoEvents();
    }

    // --- status, owner, retirement ----------------------------------------------------------

    private static final MaintenanceItemId OVERDUE_AD = MaintenanceItemId.of("4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d");

    private static MaintenanceHoldPlacedEvent heldForOverdueAd() {
        return new MaintenanceHoldPlacedEvent(AircraftFixtures.G650_ID, OVERDUE_AD, "AD 2026-14-07 overdue");
    }

    @Test
    void aMaintenanceHoldGroundsTheAircraftUntilLifted() {
        givenRegistered(heldForOverdueAd())
                .when(new HoldAircraftCommand(AircraftFixtures.G650_ID, RESERVATION, BOOKING, DEC_10))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_GROUNDED, null))
                .expectNoEvents();
        givenRegistered(heldForOverdueAd())
                .when(new ReturnAircraftToServiceCommand(AircraftFixtures.G650_ID))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_GROUNDED, null))
                .expectNoEvents();
        givenRegistered(heldForOverdueAd())
                .when(new LiftMaintenanceHoldCommand(AircraftFixtures.G650_ID, OVERDUE_AD))
                .expectEvents(new MaintenanceHoldLiftedEvent(AircraftFixtures.G650_ID, OVERDUE_AD),
                        new AircraftReturnedToServiceEvent(AircraftFixtures.G650_ID));
    }

    /** Two sagas may hold for the same item (a non-deferrable defect that also goes overdue): one hold. */
    @Test
    void holdsOncePerMaintenanceItem() {
        givenRegistered()
                .when(new PlaceMaintenanceHoldCommand(AircraftFixtures.G650_ID, OVERDUE_AD, "AD 2026-14-07 overdue"))
                .expectEvents(heldForOverdueAd());
        givenRegistered(heldForOverdueAd())
                .when(new PlaceMaintenanceHoldCommand(AircraftFixtures.G650_ID, OVERDUE_AD, "another reason"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void staysGroundedWhileAnotherItemHoldsIt() {
        MaintenanceItemId defect = MaintenanceItemId.of("6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a");
        givenRegistered(heldForOverdueAd(),
                new MaintenanceHoldPlacedEvent(AircraftFixtures.G650_ID, defect, "Non-deferrable defect open"))
                .when(new LiftMaintenanceHoldCommand(AircraftFixtures.G650_ID, OVERDUE_AD))
                .expectEvents(new MaintenanceHoldLiftedEvent(AircraftFixtures.G650_ID, OVERDUE_AD));
        givenRegistered()
                .when(new LiftMaintenanceHoldCommand(AircraftFixtures.G650_ID, OVERDUE_AD))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void liftingAHoldLeavesAnAogGroundingInPlace() {
        givenRegistered(new AircraftGroundedEvent(AircraftFixtures.G650_ID, "AOG: bird strike"), heldForOverdueAd())
                .when(new LiftMaintenanceHoldCommand(AircraftFixtures.G650_ID, OVERDUE_AD))
                .expectEvents(new MaintenanceHoldLiftedEvent(AircraftFixtures.G650_ID, OVERDUE_AD));
    }

    @Test
    void groundsOnceAndReturnsToService() {
        givenRegistered()
                .when(new GroundAircraftCommand(AircraftFixtures.G650_ID, "AOG: bird strike"))
                .expectEvents(new AircraftGroundedEvent(AircraftFixtures.G650_ID, "AOG: bird strike"));
        givenRegistered(new AircraftGroundedEvent(AircraftFixtures.G650_ID, "AOG: bird strike"))
                .when(new GroundAircraftCommand(AircraftFixtures.G650_ID, "AOG again"))
                .expectNoEvents();
        givenRegistered(new AircraftGroundedEvent(AircraftFixtures.G650_ID, "AOG: bird strike"))
                .when(new ReturnAircraftToServiceCommand(AircraftFixtures.G650_ID))
                .expectEvents(new AircraftReturnedToServiceEvent(AircraftFixtures.G650_ID));
    }

    @Test
    void retiresAnAircraftWithNothingAhead() {
        givenRegistered()
                .when(new RetireAircraftCommand(AircraftFixtures.G650_ID, "sold abroad"))
                .expectEvents(new AircraftRetiredEvent(AircraftFixtures.G650_ID, "sold abroad"));
    }

    @Test
    void refusesToRetireAnAircraftWithReservationsAhead() {
        givenRegistered(heldOnDec10())
                .when(new RetireAircraftCommand(AircraftFixtures.G650_ID, "sold abroad"))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_HAS_RESERVATIONS, null))
                .expectNoEvents();
    }

    @Test
    void assignsAnOwnerOnlyWhenItChanges() {
        givenRegistered()
                .when(new AssignAircraftOwnerCommand(AircraftFixtures.G650_ID, "owner-42"))
                .expectEvents(new AircraftOwnerAssignedEvent(AircraftFixtures.G650_ID, "owner-42"));
        givenRegistered(new AircraftOwnerAssignedEvent(AircraftFixtures.G650_ID, "owner-42"))
                .when(new AssignAircraftOwnerCommand(AircraftFixtures.G650_ID, "owner-42"))
                .expectNoEvents();
    }

    @Test
    void updatesDetailsWithValidatedInsuranceAndRegistration() {
        var insurance = new AircraftInsurance("Global Aerospace", "GA-77812", LocalDate.parse("2027-06-30"));
        var registration = new AircraftRegistration("US", "N650GA-2019", LocalDate.parse("2019-04-02"));
        givenRegistered()
                .when(new UpdateAircraftDetailsCommand(AircraftFixtures.G650_ID, AircraftFixtures.g650Specification(),
                        Set.of("wifi"), "14 seats in 4 zones", insurance, registration))
                .expectEvents(new AircraftDetailsUpdatedEvent(AircraftFixtures.G650_ID,
                        AircraftFixtures.g650Specification(), Set.of("wifi"), "14 seats in 4 zones", insurance,
                        registration));
        givenRegistered()
                .when(new UpdateAircraftDetailsCommand(AircraftFixtures.G650_ID, AircraftFixtures.g650Specification(),
                        Set.of(), null, null, new AircraftRegistration("USA", "N650GA-2019", LocalDate.parse("2019-04-02"))))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "registration.country"))
                .expectNoEvents();
    }

    @Test
    void refusesChangesToARetiredAircraft() {
        givenRegistered(new AircraftRetiredEvent(AircraftFixtures.G650_ID, "sold"))
                .when(new UpdateAircraftDetailsCommand(AircraftFixtures.G650_ID, AircraftFixtures.g650Specification(),
                        Set.of(), null, null, null))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_RETIRED, null))
                .expectNoEvents();
    }

    // --- utilization --------------------------------------------------------------------------

    private static RecordFlightLegCommand leg(String from, String to, String off, String on, long airborne) {
        return new RecordFlightLegCommand(AircraftFixtures.G650_ID, new IcaoCode(from), new IcaoCode(to),
                Instant.parse(off), Instant.parse(on), airborne, 1);
    }

    private static FlightLegRecordedEvent recorded(RecordFlightLegCommand leg) {
        return new FlightLegRecordedEvent(AircraftFixtures.G650_ID, leg.from(), leg.to(), leg.blockOff(),
                leg.blockOn(), leg.airborneMinutes(), leg.cycles(),
                FlightLegId.ofLeg(AircraftFixtures.G650_ID, leg.blockOff()));
    }

    @Test
    void recordsAFlownLeg() {
        RecordFlightLegCommand leg = leg("KTEB", "KPBI", "2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 145);
        givenRegistered()
                .when(leg)
                .expectEvents(recorded(leg));
    }

    @Test
    void refusesALegBlockingOffWhenARecordedOneDid() {
        RecordFlightLegCommand leg = leg("KTEB", "KPBI", "2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 145);
        givenRegistered(recorded(leg))
                .when(leg("KTEB", "KMIA", "2026-11-30T13:00:00Z", "2026-11-30T16:00:00Z", 160))
                .expectException(refusedWith(ErrorCode.FLIGHT_LEG_ALREADY_RECORDED, "blockOff"))
                .expectNoEvents();
    }

    // --- flight-log corrections ----------------------------------------------------------------

    private static final RecordFlightLegCommand TEB_PBI =
            leg("KTEB", "KPBI", "2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 145);
    private static final FlightLegId TEB_PBI_ID = FlightLegId.ofLeg(AircraftFixtures.G650_ID, TEB_PBI.blockOff());

    private static CorrectFlightLegCommand correction(String off, String on, long airborne, int cycles) {
        return new CorrectFlightLegCommand(AircraftFixtures.G650_ID, TEB_PBI_ID, Instant.parse(off), Instant.parse(on),
                airborne, cycles, "Tech log page 4411: airborne time transposed");
    }

    @Test
    void correctsALegKeepingBothVersionsAndTheDeltas() {
        givenRegistered(recorded(TEB_PBI))
                .when(correction("2026-11-30T13:05:00Z", "2026-11-30T15:40:00Z", 125, 2))
                .expectEvents(new FlightLegCorrectedEvent(AircraftFixtures.G650_ID, TEB_PBI_ID,
                        new FlightLegFigures(TEB_PBI.blockOff(), TEB_PBI.blockOn(), 145, 1),
                        new FlightLegFigures(Instant.parse("2026-11-30T13:05:00Z"), TEB_PBI.blockOn(), 125, 2),
                        -20, 1, "Tech log page 4411: airborne time transposed"));
    }

    /** Legs recorded before they had ids are found by the id derived from aircraft and block-off. */
    @Test
    void correctsALegRecordedWithoutAnId() {
        givenRegistered(new FlightLegRecordedEvent(AircraftFixtures.G650_ID, TEB_PBI.from(), TEB_PBI.to(),
                TEB_PBI.blockOff(), TEB_PBI.blockOn(), 145, 1, null))
                .when(correction("2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 150, 1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FlightLegCorrectedEvent(AircraftFixtures.G650_ID, TEB_PBI_ID,
                        new FlightLegFigures(TEB_PBI.blockOff(), TEB_PBI.blockOn(), 145, 1),
                        new FlightLegFigures(TEB_PBI.blockOff(), TEB_PBI.blockOn(), 150, 1),
                        5, 0, "Tech log page 4411: airborne time transposed"));
    }

    @Test
    void refusesToCorrectAnUnknownLeg() {
        givenRegistered()
                .when(correction("2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 150, 1))
                .expectException(refusedWith(ErrorCode.FLIGHT_LEG_NOT_FOUND, "flightLegId"))
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatChangesNothing() {
        givenRegistered(recorded(TEB_PBI))
                .when(correction("2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 145, 1))
                .expectException(refusedWith(ErrorCode.NOTHING_TO_CORRECT, null))
                .expectNoEvents();
    }

    static Stream<Arguments> invalidCorrections() {
        return Stream.of(
                Arguments.of("airborneMinutes", correction("2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 161, 1)),
                Arguments.of("airborneMinutes", correction("2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 0, 1)),
                Arguments.of("blockOn", correction("2026-11-30T13:00:00Z", "2026-11-30T12:40:00Z", 10, 1)),
                Arguments.of("blockOn", correction("2026-12-01T11:00:00Z", "2026-12-01T13:40:00Z", 145, 1)),
                Arguments.of("cycles", correction("2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 145, 0)),
                Arguments.of("reason", new CorrectFlightLegCommand(AircraftFixtures.G650_ID, TEB_PBI_ID,
                        TEB_PBI.blockOff(), TEB_PBI.blockOn(), 150, 1, " ")));
    }

    @ParameterizedTest(name = "refuses a correction with {0} out of rule")
    @MethodSource("invalidCorrections")
    void refusesInvalidCorrectedFigures(String field, CorrectFlightLegCommand correction) {
        givenRegistered(recorded(TEB_PBI))
                .when(correction)
                .expectException(anyRefusalOn(field))
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionThatMovesALegPastAnother() {
        RecordFlightLegCommand back = leg("KPBI", "KTEB", "2026-11-30T17:00:00Z", "2026-11-30T19:30:00Z", 140);
        givenRegistered(recorded(TEB_PBI), recorded(back))
                .when(correction("2026-11-30T17:30:00Z", "2026-11-30T20:00:00Z", 145, 1))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "blockOn"))
                .expectNoEvents();
    }

    @Test
    void remembersOnlyTheLastLegsForCorrections() {
        java.util.List<Object> legs = new java.util.ArrayList<>();
        Instant first = Instant.parse("2026-06-01T08:00:00Z");
        for (int i = 0; i <= RecentFlightLegs.LIMIT; i++) {
            Instant off = first.plus(java.time.Duration.ofHours(12L * i));
            legs.add(new FlightLegRecordedEvent(AircraftFixtures.G650_ID, new IcaoCode("KTEB"), new IcaoCode("KPBI"),
                    off, off.plusSeconds(9000), 140, 1, null));
        }
        FlightLegId oldest = FlightLegId.ofLeg(AircraftFixtures.G650_ID, first);
        FlightLegId second = FlightLegId.ofLeg(AircraftFixtures.G650_ID, first.plus(java.time.Duration.ofHours(12)));
        givenRegistered(legs.toArray())
                .when(new CorrectFlightLegCommand(AircraftFixtures.G650_ID, oldest, first, first.plusSeconds(9000),
                        130, 1, "late tech log"))
                .expectException(refusedWith(ErrorCode.FLIGHT_LEG_NOT_FOUND, "flightLegId"));
        Instant secondOff = first.plus(java.time.Duration.ofHours(12));
        givenRegistered(legs.toArray())
                .when(new CorrectFlightLegCommand(AircraftFixtures.G650_ID, second, secondOff,
                        secondOff.plusSeconds(9000), 130, 1, "late tech log"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAirborneTimeLongerThanTheBlockTime() {
        givenRegistered()
                .when(leg("KTEB", "KPBI", "2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 161))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "airborneMinutes"))
                .expectNoEvents();
    }

    @Test
    void refusesALegEndingInTheFutureOrBeforeItStarts() {
        givenRegistered()
                .when(leg("KTEB", "KPBI", "2026-12-01T11:00:00Z", "2026-12-01T13:40:00Z", 100))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "blockOn"))
                .expectNoEvents();
        givenRegistered()
                .when(leg("KTEB", "KPBI", "2026-11-30T15:00:00Z", "2026-11-30T13:00:00Z", 100))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "blockOn"))
                .expectNoEvents();
    }

    @Test
    void refusesALegFromAnUnknownAirport() {
        givenRegistered()
                .when(leg("ZZZZ", "KPBI", "2026-11-30T13:00:00Z", "2026-11-30T15:40:00Z", 145))
                .expectException(refusedWith(ErrorCode.UNKNOWN_AIRPORT, "from"))
                .expectNoEvents();
    }

    static Stream<Arguments> specificationsOutOfRange() {
        return Stream.of(
                Arguments.of("seatingCapacity", (UnaryOperator<AircraftSpecification>) s -> withSeats(s, 0)),
                Arguments.of("seatingCapacity", (UnaryOperator<AircraftSpecification>) s -> withSeats(s, 201)),
                Arguments.of("rangeNm", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), -1, s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("cruiseSpeedKt", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), 40, s.hourlyRate())),
                Arguments.of("yearOfManufacture", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), 1903,
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("hourlyRate", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), Money.of("0", "USD"))),
                Arguments.of("manufacturer", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        "  ", s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("typeDesignator", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), "Gulfstream 650", s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("category", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), null, s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())));
    }

    @ParameterizedTest(name = "refuses {0} out of range")
    @MethodSource("specificationsOutOfRange")
    void refusesSpecificationsOutOfRange(String field, UnaryOperator<AircraftSpecification> change) {
        fixture.givenNoPriorActivity()
                .when(registerG650With(change))
                .expectException(anyRefusalOn(field))
                .expectNoEvents();
    }

    @Test
    void refusesMoreAmenitiesThanTheLimit() {
        RegisterAircraftCommand command = registerG650();
        Set<String> amenities = new HashSet<>();
        IntStream.range(0, Aircraft.MAX_AMENITIES + 1).forEach(i -> amenities.add("amenity " + i));
        fixture.givenNoPriorActivity()
                .when(new RegisterAircraftCommand(command.aircraftId(), command.tailNumber(),
                        command.specification(), command.baseAirport(), amenities))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "amenities"))
                .expectNoEvents();
    }

    /** Missing values are MISSING_VALUE, out-of-range ones INVALID_VALUE; both name the field. */
    private static Matcher<RuleViolationException> anyRefusalOn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return field.equals(e.refusal().field())
                        && (e.code() == ErrorCode.INVALID_VALUE || e.code() == ErrorCode.MISSING_VALUE);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming field " + field);
            }
        };
    }

    private static AircraftSpecification withSeats(AircraftSpecification s, int seats) {
        return new AircraftSpecification(s.manufacturer(), s.model(), s.typeDesignator(), s.category(),
                s.yearOfManufacture(), seats, s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate());
    }
}
