package com.jetops.command.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.ActualDutyRecordedEvent;
import com.jetops.api.crew.AssignCrewMemberCommand;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberAssignedEvent;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewMemberUnassignedEvent;
import com.jetops.api.crew.CrewMemberUnavailableEvent;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.HireCrewMemberCommand;
import com.jetops.api.crew.LegalityCheck;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.api.crew.MedicalRecordedEvent;
import com.jetops.api.crew.Qualification;
import com.jetops.api.crew.QualificationExpiredEvent;
import com.jetops.api.crew.QualificationExpiringSoonEvent;
import com.jetops.api.crew.QualificationType;
import com.jetops.api.crew.RecordActualDutyCommand;
import com.jetops.api.crew.RecordMedicalCommand;
import com.jetops.api.crew.RosterWarning;
import com.jetops.api.crew.RecordTypeRatingCommand;
import com.jetops.api.crew.ReleaseCrewMemberCommand;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import com.jetops.api.crew.UnassignCrewMemberCommand;
import com.jetops.api.crew.UnavailabilityId;
import com.jetops.api.crew.UnavailabilityKind;
import com.jetops.api.reference.Airports;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** CrewMember rules, with the Part 135.267 limits at their exact boundaries. */
class CrewMemberTest {
    private static final CrewMemberId CAPTAIN = CrewMemberId.of("1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final CrewContact CONTACT = new CrewContact("+1 201 555 0123", null, "Dana Reyes", "+1 201 555 0188");

    private AggregateTestFixture<CrewMember> fixture;
    private final Map<String, CrewMemberId> employeeIds = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CrewMember.class);
        fixture.registerInjectableResource(Airports.bundled());
        fixture.registerInjectableResource(FtlLimits.part135());
        fixture.registerInjectableResource((EmployeeIdClaims) (employeeId, id) ->
                employeeIds.putIfAbsent(employeeId, id) == null);
    }

    static Matcher<RuleViolationException> refusedWith(ErrorCode code, String detailFragment) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.code() == code && (detailFragment == null || e.getMessage().contains(detailFragment));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal " + code + " saying '" + detailFragment + "'");
            }
        };
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(at(start), at(end));
    }

    private static List<Object> qualifiedCaptain() {
        return List.of(
                new CrewMemberHiredEvent(CAPTAIN, "P-1042", "Alex Morgan", CrewPosition.CAPTAIN, new IcaoCode("KTEB"),
                        CONTACT),
                new LicenceRecordedEvent(CAPTAIN, LicenceKind.AIRLINE_TRANSPORT_PILOT, "ATP-3381920", "FAA",
                        LocalDate.parse("2030-01-31")),
                new MedicalRecordedEvent(CAPTAIN, 1, LocalDate.parse("2027-06-30")),
                new TypeRatingRecordedEvent(CAPTAIN, "GLF6", null));
    }

    private ResultValidator<CrewMember> whenAssigned(List<Object> history, CrewRole role, CrewComplement complement,
                                                     TimeWindow duty, TimeWindow... flights) {
        return fixture.givenCurrentTime(NOW).andGiven(history)
                .when(new AssignCrewMemberCommand(CAPTAIN, AssignmentId.random(), BookingId.random(), role, complement,
                        "GLF6", duty, List.of(flights)));
    }

    private ResultValidator<CrewMember> whenAssigned(List<Object> history, TimeWindow duty, TimeWindow... flights) {
        return whenAssigned(history, CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, duty, flights);
    }

    /** An earlier assignment as already accepted: its duty spans its flights. */
    private static CrewMemberAssignedEvent assigned(TimeWindow... flights) {
        TimeWindow duty = new TimeWindow(flights[0].start().minus(Duration.ofHours(1)),
                flights[flights.length - 1].end().plus(Duration.ofMinutes(30)));
        return new CrewMemberAssignedEvent(CAPTAIN, AssignmentId.random(), BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "GLF6", duty, List.of(flights), List.of(),
                List.of());
    }

    /** Many long flights (block time only matters here), one every {@code everyDays} days. */
    private static CrewMemberAssignedEvent flown(String firstStart, int count, Duration each, int everyDays) {
        List<TimeWindow> flights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = at(firstStart).plus(Duration.ofDays((long) everyDays * i));
            flights.add(new TimeWindow(start, start.plus(each)));
        }
        return assigned(flights.toArray(TimeWindow[]::new));
    }

    private static List<Object> with(List<Object> base, Object... more) {
        List<Object> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static CrewMemberAssignedEvent assignedEvent(List<EventMessage<?>> events) {
        return (CrewMemberAssignedEvent) events.get(0).getPayload();
    }

    @Test
    void assignsWithinEveryLimitAndRecordsTheFiguresEvaluated() {
        whenAssigned(qualifiedCaptain(), window("2026-12-10T08:00:00Z", "2026-12-10T18:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T13:00:00Z"),
                window("2026-12-10T14:00:00Z", "2026-12-10T17:00:00Z"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                new TypeSafeMatcher<Object>() {
                                    @Override
                                    protected boolean matchesSafely(Object payload) {
                                        CrewMemberAssignedEvent event = (CrewMemberAssignedEvent) payload;
                                        List<LegalityCheck> checks = event.checks();
                                        return event.warnings().isEmpty() && checks.equals(List.of(
                                                new LegalityCheck(FtlRule.DUTY_PERIOD, 10 * 3600, 14 * 3600, true),
                                                new LegalityCheck(FtlRule.FLIGHT_TIME_24_HOURS, 7 * 3600, 10 * 3600, true),
                                                new LegalityCheck(FtlRule.REST_BEFORE_COMPLETION, 14 * 3600, 10 * 3600, true),
                                                new LegalityCheck(FtlRule.FLIGHT_TIME_QUARTER, 7 * 3600, 500 * 3600, true),
                                                new LegalityCheck(FtlRule.FLIGHT_TIME_TWO_QUARTERS, 7 * 3600, 800 * 3600, true),
                                                new LegalityCheck(FtlRule.FLIGHT_TIME_YEAR, 7 * 3600, 1400 * 3600, true)));
                                    }

                                    @Override
                                    public void describeTo(Description description) {
                                        description.appendText("an assignment with every check recorded");
                                    }
                                })));
    }

    // --- 24 consecutive hours: 10 h two-pilot, 8 h one-pilot --------------------------------

    /** A 6 h night flight (duty 23:00-06:30), then exactly 10 h of rest, then a 4 h evening flight. */
    private static List<Object> afterANightFlight() {
        return with(qualifiedCaptain(), assigned(window("2026-12-10T00:00:00Z", "2026-12-10T06:00:00Z")));
    }

    @Test
    void allowsExactlyTenHoursInTwentyFourForATwoPilotCrew() {
        whenAssigned(afterANightFlight(), window("2026-12-10T16:30:00Z", "2026-12-10T21:30:00Z"),
                window("2026-12-10T17:00:00Z", "2026-12-10T21:00:00Z"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesTenHoursAndThirtySixSecondsInTwentyFour() {
        whenAssigned(afterANightFlight(), window("2026-12-10T16:30:00Z", "2026-12-10T21:30:00Z"),
                window("2026-12-10T17:00:00Z", "2026-12-10T21:00:36Z"))
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_24_HOURS,
                        "flight time in 24 consecutive hours would be 10.01 h, limit 10 h"))
                .expectNoEvents();
    }

    @Test
    void holdsAOnePilotCrewToEightHours() {
        whenAssigned(qualifiedCaptain(), CrewRole.PILOT_IN_COMMAND, CrewComplement.ONE_PILOT,
                window("2026-12-10T06:00:00Z", "2026-12-10T19:00:00Z"),
                window("2026-12-10T07:00:00Z", "2026-12-10T11:00:00Z"),
                window("2026-12-10T12:00:00Z", "2026-12-10T16:30:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_24_HOURS, "would be 8.5 h, limit 8 h"))
                .expectNoEvents();
    }

    // --- rest: 10 consecutive hours in the 24 h before completion ------------------------------

    /** An evening flight whose duty ends at 22:00. */
    private static List<Object> afterAnEveningFlight() {
        return with(qualifiedCaptain(), assigned(window("2026-12-10T19:00:00Z", "2026-12-10T21:30:00Z")));
    }

    @Test
    void refusesNineHoursFiftyNineMinutesOfRest() {
        whenAssigned(afterAnEveningFlight(),
                window("2026-12-11T07:59:00Z", "2026-12-11T12:00:00Z"),
                window("2026-12-11T09:00:00Z", "2026-12-11T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_REST_BEFORE_COMPLETION,
                        "would be 9.98 h, minimum 10 h"))
                .expectNoEvents();
    }

    @Test
    void allowsExactlyTenHoursOfRest() {
        whenAssigned(afterAnEveningFlight(),
                window("2026-12-11T08:00:00Z", "2026-12-11T12:00:00Z"),
                window("2026-12-11T09:00:00Z", "2026-12-11T11:00:00Z"))
                .expectSuccessfulHandlerExecution();
    }

    /** Reviewer's case: a new early duty must not eat into the rest of a later, already accepted one. */
    @Test
    void refusesADutyThatBreaksTheRestOfALaterAssignment() {
        List<Object> eveningDutyTomorrow = with(qualifiedCaptain(),
                assigned(window("2026-12-11T21:00:00Z", "2026-12-11T22:30:00Z")));
        // Evening duty 20:00-23:00 on the 11th needs 10 h rest within 23:00 on the 10th .. 23:00 on the 11th.
        whenAssigned(eveningDutyTomorrow, window("2026-12-11T08:00:00Z", "2026-12-11T14:00:00Z"),
                window("2026-12-11T09:00:00Z", "2026-12-11T12:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_REST_BEFORE_COMPLETION, "minimum 10 h"))
                .expectNoEvents();
    }

    @Test
    void countsAFlightAcrossTheQuarterEndInTheNewQuarterToo() {
        // 499 h already planned in Q2 2027 (from 2 April); a flight 31 Mar 23:00 - 1 Apr 02:00 adds 2 h to Q2.
        List<Object> history = with(qualifiedCaptain(), flown("2027-04-02T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2027-05-01T00:00:00Z", 1, Duration.ofHours(99), 5));
        whenAssigned(history, window("2027-03-31T22:00:00Z", "2027-04-01T03:00:00Z"),
                window("2027-03-31T23:00:00Z", "2027-04-01T02:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_QUARTER, "would be 501 h, limit 500 h"))
                .expectNoEvents();
    }

    // --- duty period: 14 h ----------------------------------------------------------------------

    @Test
    void allowsAFourteenHourDutyButNotOneMinuteMore() {
        whenAssigned(qualifiedCaptain(), window("2026-12-10T06:00:00Z", "2026-12-10T20:00:00Z"),
                window("2026-12-10T07:00:00Z", "2026-12-10T10:00:00Z"))
                .expectSuccessfulHandlerExecution();
        whenAssigned(qualifiedCaptain(), window("2026-12-10T06:00:00Z", "2026-12-10T20:01:00Z"),
                window("2026-12-10T07:00:00Z", "2026-12-10T10:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_DUTY_PERIOD, "limit 14 h"))
                .expectNoEvents();
    }

    // --- quarter, two quarters, year --------------------------------------------------------------

    @Test
    void allowsExactlyFiveHundredHoursInAQuarterButNotMore() {
        // 499 h flown in October and November (Q4), then one more trip in December.
        List<Object> history = with(qualifiedCaptain(), flown("2026-10-01T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2026-11-01T00:00:00Z", 1, Duration.ofHours(99), 5));
        whenAssigned(history, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T10:00:00Z"))
                .expectSuccessfulHandlerExecution();
        whenAssigned(history, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_QUARTER, "would be 501 h, limit 500 h"))
                .expectNoEvents();
    }

    @Test
    void aNewQuarterStartsFromZero() {
        List<Object> history = with(qualifiedCaptain(), flown("2026-07-01T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2026-08-01T00:00:00Z", 1, Duration.ofHours(99), 5));
        whenAssigned(history, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesMoreThanEightHundredHoursInTwoConsecutiveQuarters() {
        List<Object> history = with(qualifiedCaptain(),
                flown("2026-07-01T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2026-08-01T00:00:00Z", 1, Duration.ofHours(99), 5),
                flown("2026-10-01T00:00:00Z", 3, Duration.ofHours(100), 5));
        whenAssigned(history, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_TWO_QUARTERS, "would be 801 h, limit 800 h"))
                .expectNoEvents();
    }

    @Test
    void refusesMoreThanFourteenHundredHoursInACalendarYearAndStartsAfreshInJanuary() {
        List<Object> history = with(qualifiedCaptain(),
                flown("2026-01-02T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2026-04-01T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2026-07-01T00:00:00Z", 4, Duration.ofHours(100), 5),
                flown("2026-10-01T00:00:00Z", 2, Duration.ofHours(99), 5),
                flown("2026-11-01T00:00:00Z", 1, Duration.ofHours(1), 5));
        whenAssigned(history, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_YEAR, "would be 1401 h, limit 1400 h"))
                .expectNoEvents();
        whenAssigned(history, window("2027-01-01T08:00:00Z", "2027-01-01T12:00:00Z"),
                window("2027-01-01T09:00:00Z", "2027-01-01T11:00:00Z"))
                .expectSuccessfulHandlerExecution();
    }

    // --- qualifications, role, availability ------------------------------------------------------

    @Test
    void refusesAPilotWithoutATypeRatingForTheAircraft() {
        fixture.givenCurrentTime(NOW).andGiven(qualifiedCaptain())
                .when(new AssignCrewMemberCommand(CAPTAIN, AssignmentId.random(), BookingId.random(),
                        CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "CL35",
                        window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))))
                .expectException(refusedWith(ErrorCode.TYPE_RATING_MISSING_OR_EXPIRED, "CL35"))
                .expectNoEvents();
    }

    @Test
    void refusesAPilotWhoseMedicalExpiresBeforeTheFlight() {
        whenAssigned(qualifiedCaptain(), window("2027-07-01T08:00:00Z", "2027-07-01T12:00:00Z"),
                window("2027-07-01T09:00:00Z", "2027-07-01T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.MEDICAL_MISSING_OR_EXPIRED, "2027-07-01"))
                .expectNoEvents();
    }

    @Test
    void refusesAPilotWithoutAValidLicence() {
        List<Object> expiredLicence = with(qualifiedCaptain(), new LicenceRecordedEvent(CAPTAIN,
                LicenceKind.AIRLINE_TRANSPORT_PILOT, "ATP-3381920", "FAA", LocalDate.parse("2026-12-09")));
        whenAssigned(expiredLicence, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.LICENCE_MISSING_OR_EXPIRED, null))
                .expectNoEvents();
    }

    @Test
    void refusesASecondInCommandOnAOnePilotCrew() {
        whenAssigned(qualifiedCaptain(), CrewRole.SECOND_IN_COMMAND, CrewComplement.ONE_PILOT,
                window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.ROLE_NOT_ALLOWED, null))
                .expectNoEvents();
    }

    @Test
    void refusesAnAssignmentDuringSickLeaveOrAnotherDuty() {
        List<Object> sick = with(qualifiedCaptain(), new CrewMemberUnavailableEvent(CAPTAIN, UnavailabilityId.random(),
                UnavailabilityKind.SICKNESS, window("2026-12-09T00:00:00Z", "2026-12-10T09:00:00Z")));
        whenAssigned(sick, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.CREW_UNAVAILABLE, "unavailable"))
                .expectNoEvents();
        List<Object> busy = with(qualifiedCaptain(), assigned(window("2026-12-10T10:00:00Z", "2026-12-10T12:00:00Z")));
        whenAssigned(busy, window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.CREW_UNAVAILABLE, "already on duty"))
                .expectNoEvents();
    }

    @Test
    void unassigningFreesTheDuty() {
        CrewMemberAssignedEvent earlier = assigned(window("2026-12-10T10:00:00Z", "2026-12-10T12:00:00Z"));
        whenAssigned(with(qualifiedCaptain(), earlier,
                        new CrewMemberUnassignedEvent(CAPTAIN, earlier.assignmentId(), "trip cancelled")),
                window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectSuccessfulHandlerExecution();
        fixture.givenCurrentTime(NOW).andGiven(qualifiedCaptain())
                .when(new UnassignCrewMemberCommand(CAPTAIN, AssignmentId.random(), "cancelled"))
                .expectException(refusedWith(ErrorCode.ASSIGNMENT_NOT_FOUND, null))
                .expectNoEvents();
    }

    @Test
    void cabinCrewAreHeldToTheDutyPeriodOnly() {
        CrewMemberId attendant = CrewMemberId.random();
        fixture.givenCurrentTime(NOW).andGiven(new CrewMemberHiredEvent(attendant, "F-220", "Sam Lee",
                        CrewPosition.FLIGHT_ATTENDANT, new IcaoCode("KTEB"), CONTACT))
                .when(new AssignCrewMemberCommand(attendant, AssignmentId.random(), BookingId.random(), CrewRole.CABIN,
                        CrewComplement.TWO_PILOT, "GLF6", window("2026-12-10T06:00:00Z", "2026-12-10T19:00:00Z"),
                        List.of(window("2026-12-10T07:00:00Z", "2026-12-10T18:00:00Z"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesATakenEmployeeId() {
        employeeIds.put("P-1042", CrewMemberId.random());
        fixture.givenNoPriorActivity()
                .when(new HireCrewMemberCommand(CAPTAIN, "P-1042", "Alex Morgan", CrewPosition.CAPTAIN,
                        new IcaoCode("KTEB"), CONTACT))
                .expectException(refusedWith(ErrorCode.EMPLOYEE_ID_TAKEN, null))
                .expectNoEvents();
    }

    @Test
    void cannotReleaseACrewMemberWithDutiesAheadNorAssignOneWhoLeft() {
        fixture.givenCurrentTime(NOW)
                .andGiven(with(qualifiedCaptain(), assigned(window("2026-12-10T10:00:00Z", "2026-12-10T12:00:00Z"))))
                .when(new ReleaseCrewMemberCommand(CAPTAIN, "resigned"))
                .expectException(refusedWith(ErrorCode.CREW_HAS_ASSIGNMENTS, null))
                .expectNoEvents();
        whenAssigned(with(qualifiedCaptain(), new CrewMemberReleasedEvent(CAPTAIN, "resigned")),
                window("2026-12-10T08:00:00Z", "2026-12-10T12:00:00Z"),
                window("2026-12-10T09:00:00Z", "2026-12-10T11:00:00Z"))
                .expectException(refusedWith(ErrorCode.CREW_MEMBER_RELEASED, null))
                .expectNoEvents();
    }

    @Test
    void operatorLimitsMayBeStricterButNeverLooser() {
        assertThat(new FtlLimits(Duration.ofHours(7), Duration.ofHours(9), Duration.ofHours(11), Duration.ofHours(13),
                Duration.ofHours(450), Duration.ofHours(750), Duration.ofHours(1200), Duration.ofHours(12),
                Duration.ofHours(13), Duration.ofHours(18), 14).dutyPeriod())
                .isEqualTo(Duration.ofHours(13));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FtlLimits(Duration.ofHours(8),
                        Duration.ofHours(11), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(500),
                        Duration.ofHours(800), Duration.ofHours(1400), Duration.ofHours(11), Duration.ofHours(12),
                        Duration.ofHours(16), 13))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FtlLimits(Duration.ofHours(8),
                        Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(500),
                        Duration.ofHours(800), Duration.ofHours(1400), Duration.ofHours(11), Duration.ofHours(12),
                        Duration.ofHours(15), 13))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Objects.requireNonNull(FtlLimits.part135()).restBeforeCompletion()).isEqualTo(Duration.ofHours(10));
    }

    // --- expiry alerts (persistent deadlines) ------------------------------------------------------

    private static final Qualification MEDICAL = new Qualification(QualificationType.MEDICAL, "");

    @Test
    void recordingAMedicalSchedulesAlertsThirtyDaysBeforeAndAtExpiry() {
        fixture.givenCurrentTime(NOW).andGiven(qualifiedCaptain().get(0))
                .when(new RecordMedicalCommand(CAPTAIN, 1, LocalDate.parse("2027-06-30")))
                .expectScheduledDeadlineWithName(Instant.parse("2027-05-31T00:00:00Z"), CrewMember.EXPIRING_SOON)
                .expectScheduledDeadlineWithName(Instant.parse("2027-07-01T00:00:00Z"), CrewMember.EXPIRED);
    }

    @Test
    void alertsFireThirtyDaysBeforeAndTheDayAfterExpiry() {
        fixture.givenCurrentTime(NOW).andGiven(qualifiedCaptain().get(0))
                .andGivenCommands(new RecordMedicalCommand(CAPTAIN, 1, LocalDate.parse("2027-06-30")))
                .whenTimeAdvancesTo(Instant.parse("2027-07-01T00:00:00Z"))
                .expectEvents(new QualificationExpiringSoonEvent(CAPTAIN, MEDICAL, LocalDate.parse("2027-06-30")),
                        new QualificationExpiredEvent(CAPTAIN, MEDICAL, LocalDate.parse("2027-06-30")));
    }

    @Test
    void aRenewalSilencesTheAlertsOfTheOldExpiry() {
        fixture.givenCurrentTime(NOW).andGiven(qualifiedCaptain().get(0))
                .andGivenCommands(new RecordMedicalCommand(CAPTAIN, 1, LocalDate.parse("2027-06-30")),
                        new RecordMedicalCommand(CAPTAIN, 1, LocalDate.parse("2028-06-30")))
                .whenTimeAdvancesTo(Instant.parse("2027-07-02T00:00:00Z"))
                .expectNoEvents();
    }

    @Test
    void aQualificationAlreadyCloseToExpiryWarnsAtOnce() {
        fixture.givenCurrentTime(NOW).andGiven(qualifiedCaptain().get(0))
                .andGivenCommands(new RecordTypeRatingCommand(CAPTAIN, "GLF6", LocalDate.parse("2026-12-20")))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectEvents(new QualificationExpiringSoonEvent(CAPTAIN,
                        new Qualification(QualificationType.TYPE_RATING, "GLF6"), LocalDate.parse("2026-12-20")));
    }

    // --- actual times and overruns -----------------------------------------------------------------

    private static final AssignmentId TRIP = AssignmentId.of("7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final Instant AFTER_THE_TRIP = at("2026-12-10T23:00:00Z");

    /** Planned: duty 08:00-18:00 with a 4 h flight 09:00-13:00. */
    private static List<Object> withPlannedTrip() {
        return with(qualifiedCaptain(), new CrewMemberAssignedEvent(CAPTAIN, TRIP, BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "GLF6",
                window("2026-12-10T08:00:00Z", "2026-12-10T18:00:00Z"),
                List.of(window("2026-12-10T09:00:00Z", "2026-12-10T13:00:00Z")), List.of(), List.of()));
    }

    private static ActualDutyRecordedEvent overranBy45Minutes() {
        return new ActualDutyRecordedEvent(CAPTAIN, TRIP, window("2026-12-10T08:00:00Z", "2026-12-10T18:00:00Z"),
                window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), true, 45, 720L, List.of());
    }

    @Test
    void restAfterAnOverrunIsElevenTwelveOrSixteenHours() {
        FtlLimits limits = FtlLimits.part135();
        assertThat(limits.restAfterOverrun(Duration.ofMinutes(30))).isEqualTo(Duration.ofHours(11));
        assertThat(limits.restAfterOverrun(Duration.ofMinutes(31))).isEqualTo(Duration.ofHours(12));
        assertThat(limits.restAfterOverrun(Duration.ofMinutes(60))).isEqualTo(Duration.ofHours(12));
        assertThat(limits.restAfterOverrun(Duration.ofMinutes(61))).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void actualTimesAreKeptBesideThePlannedOnesAndAnOverrunBeyondControlSetsTheLongerRest() {
        fixture.givenCurrentTime(AFTER_THE_TRIP).andGiven(withPlannedTrip())
                .when(new RecordActualDutyCommand(CAPTAIN, TRIP, window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), true))
                .expectEvents(overranBy45Minutes());
    }

    @Test
    void anOverrunWithinTheOperatorsControlOwesNoLongerRest() {
        fixture.givenCurrentTime(AFTER_THE_TRIP).andGiven(withPlannedTrip())
                .when(new RecordActualDutyCommand(CAPTAIN, TRIP, window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), false))
                .expectEvents(new ActualDutyRecordedEvent(CAPTAIN, TRIP,
                        window("2026-12-10T08:00:00Z", "2026-12-10T18:00:00Z"),
                        window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), false, 45, null, List.of()));
    }

    @Test
    void afterAFortyFiveMinuteOverrunTwelveHoursOfRestAreRequired() {
        List<Object> history = with(withPlannedTrip(), overranBy45Minutes());
        whenAssigned(history, window("2026-12-11T06:44:00Z", "2026-12-11T12:00:00Z"),
                window("2026-12-11T07:30:00Z", "2026-12-11T10:00:00Z"))
                .expectException(refusedWith(ErrorCode.FTL_REST_AFTER_OVERRUN,
                        "the rest after the last duty's overrun would be 11.98 h, minimum 12 h"))
                .expectNoEvents();
        whenAssigned(history, window("2026-12-11T06:45:00Z", "2026-12-11T12:00:00Z"),
                window("2026-12-11T07:30:00Z", "2026-12-11T10:00:00Z"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anOverrunNamesTheAssignmentsAlreadyRosteredInsideTheLongerRest() {
        AssignmentId early = AssignmentId.of("0a0b0c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
        List<Object> history = with(withPlannedTrip(), new CrewMemberAssignedEvent(CAPTAIN, early,
                BookingId.random(), CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "GLF6",
                window("2026-12-11T04:30:00Z", "2026-12-11T10:00:00Z"),
                List.of(window("2026-12-11T05:00:00Z", "2026-12-11T08:00:00Z")), List.of(), List.of()));
        fixture.givenCurrentTime(AFTER_THE_TRIP).andGiven(history)
                .when(new RecordActualDutyCommand(CAPTAIN, TRIP, window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), true))
                .expectEvents(new ActualDutyRecordedEvent(CAPTAIN, TRIP,
                        window("2026-12-10T08:00:00Z", "2026-12-10T18:00:00Z"),
                        window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), true, 45, 720L, List.of(early)));
    }

    @Test
    void actualFlightTimeCountsInsteadOfThePlanned() {
        // Planned 4 h + 3 h next morning would be legal; the 8 h actually flown make it 11 h in 24 h.
        TimeWindow duty = window("2026-12-10T08:00:00Z", "2026-12-10T18:00:00Z");
        List<Object> history = with(withPlannedTrip(), new ActualDutyRecordedEvent(CAPTAIN, TRIP, duty, duty,
                List.of(window("2026-12-10T09:00:00Z", "2026-12-10T17:00:00Z")), false, 0, null, List.of()));
        TimeWindow nextDuty = window("2026-12-11T04:00:00Z", "2026-12-11T08:30:00Z");
        TimeWindow nextFlight = window("2026-12-11T04:30:00Z", "2026-12-11T07:30:00Z");
        whenAssigned(withPlannedTrip(), nextDuty, nextFlight).expectSuccessfulHandlerExecution();
        whenAssigned(history, nextDuty, nextFlight)
                .expectException(refusedWith(ErrorCode.FTL_FLIGHT_TIME_24_HOURS, "would be 11 h, limit 10 h"));
    }

    @Test
    void actualTimesNeedAKnownAssignmentThatHasEnded() {
        fixture.givenCurrentTime(AFTER_THE_TRIP).andGiven(withPlannedTrip())
                .when(new RecordActualDutyCommand(CAPTAIN, AssignmentId.random(),
                        window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), true))
                .expectException(refusedWith(ErrorCode.ASSIGNMENT_NOT_FOUND, null))
                .expectNoEvents();
        fixture.givenCurrentTime(at("2026-12-10T14:00:00Z")).andGiven(withPlannedTrip())
                .when(new RecordActualDutyCommand(CAPTAIN, TRIP, window("2026-12-10T08:00:00Z", "2026-12-10T18:45:00Z"),
                        List.of(window("2026-12-10T09:00:00Z", "2026-12-10T14:30:00Z")), true))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "once the flights have landed"))
                .expectNoEvents();
    }

    // --- the quarter's 13 rest periods of 24 hours: a roster warning ---------------------------------

    @Test
    void warnsWhenFewerThanThirteenDaysOffRemainInTheQuarterButStillAssigns() {
        List<Object> history = new ArrayList<>(qualifiedCaptain());
        // Duty 08:00-20:00 every day from 1 January to 19 March 2027: no 24 h of rest in between.
        for (Instant day = at("2027-01-01T08:00:00Z"); day.isBefore(at("2027-03-20T00:00:00Z"));
             day = day.plus(Duration.ofDays(1))) {
            history.add(new CrewMemberAssignedEvent(CAPTAIN, AssignmentId.random(), BookingId.random(),
                    CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "GLF6",
                    new TimeWindow(day, day.plus(Duration.ofHours(12))),
                    List.of(new TimeWindow(day.plus(Duration.ofHours(1)), day.plus(Duration.ofHours(2)))),
                    List.of(), List.of()));
        }
        // Released 20 March 20:00: 11 days and 4 hours left to 1 April, so 11 rest periods.
        whenAssigned(history, window("2027-03-20T08:00:00Z", "2027-03-20T20:00:00Z"),
                window("2027-03-20T09:00:00Z", "2027-03-20T10:00:00Z"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new TypeSafeMatcher<Object>() {
                            @Override
                            protected boolean matchesSafely(Object payload) {
                                return ((CrewMemberAssignedEvent) payload).warnings().equals(List.of(
                                        new RosterWarning(FtlRule.REST_PERIODS_QUARTER, 11, 13,
                                                "only 11 rest periods of 24 consecutive hours left free in the "
                                                        + "quarter from 2027-01-01, 13 expected")));
                            }

                            @Override
                            public void describeTo(Description description) {
                                description.appendText("an assignment with the quarter's rest warning");
                            }
                        })));
    }
}
