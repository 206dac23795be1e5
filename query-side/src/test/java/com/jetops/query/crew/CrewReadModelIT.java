package com.jetops.query.crew;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.ActualDutyRecordedEvent;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewAssignmentView;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberAssignedEvent;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewMemberUnassignedEvent;
import com.jetops.api.crew.CrewMemberUnavailableEvent;
import com.jetops.api.crew.CrewMemberUpdatedEvent;
import com.jetops.api.crew.CrewMemberView;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.CrewSchedule;
import com.jetops.api.crew.CrewUnavailabilityClearedEvent;
import com.jetops.api.crew.ExpiringQualifications;
import com.jetops.api.crew.FindCrewAssignmentsQuery;
import com.jetops.api.crew.FindCrewMemberQuery;
import com.jetops.api.crew.FindCrewScheduleQuery;
import com.jetops.api.crew.FindExpiringQualificationsQuery;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.LegalityCheck;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.api.crew.ListCrewQuery;
import com.jetops.api.crew.MedicalRecordedEvent;
import com.jetops.api.crew.Qualification;
import com.jetops.api.crew.QualificationExpiringSoonEvent;
import com.jetops.api.crew.QualificationStatus;
import com.jetops.api.crew.QualificationType;
import com.jetops.api.crew.RosterWarning;
import com.jetops.api.crew.TrainingRecordedEvent;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import com.jetops.api.crew.UnavailabilityId;
import com.jetops.api.crew.UnavailabilityKind;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The crew read model: events fed to the projection's handlers, answers from its query handlers, on PostgreSQL. */
@QuerySideIntegrationTest
class CrewReadModelIT {
    private static final CrewContact CONTACT = new CrewContact("+1 201 555 0100", null, "Next of Kin", "+1 201 555 0199");

    @Autowired
    CrewProjection projection;

    /** Unique per test: other tests share the database. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private CrewMemberId hire(String name, CrewPosition position, String base) {
        CrewMemberId id = CrewMemberId.random();
        projection.on(new CrewMemberHiredEvent(id, "E-" + UUID.randomUUID().toString().substring(0, 12), name,
                position, new IcaoCode(base), CONTACT), 0);
        return id;
    }

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void aCrewMemberShowsQualificationsWithExpiryAndARedeliveredEventChangesNothing() {
        String name = unique("Amelia Stone");
        CrewMemberId id = hire(name, CrewPosition.CAPTAIN, "KTEB");
        projection.on(new LicenceRecordedEvent(id, LicenceKind.AIRLINE_TRANSPORT_PILOT, "ATP-1", "FAA",
                today().plusYears(2)), 1);
        projection.on(new MedicalRecordedEvent(id, 1, today().plusDays(20)), 2);
        projection.on(new TypeRatingRecordedEvent(id, "GLF6", null), 3);
        projection.on(new TrainingRecordedEvent(id, "CRM recurrent", today().minusMonths(11), today().plusDays(25)), 4);
        projection.on(new QualificationExpiringSoonEvent(id, new Qualification(QualificationType.MEDICAL, ""),
                today().plusDays(20)), 5);
        projection.on(new CrewMemberUpdatedEvent(id, name + " Jr", new IcaoCode("KVNY"), CONTACT), 6);

        // Redelivered: an older licence event with other figures, and the update again.
        projection.on(new LicenceRecordedEvent(id, LicenceKind.AIRLINE_TRANSPORT_PILOT, "OLD-0", "FAA",
                today().minusDays(1)), 1);
        projection.on(new CrewMemberUpdatedEvent(id, "Someone Else", new IcaoCode("EGLF"), CONTACT), 6);

        CrewMemberView view = projection.find(new FindCrewMemberQuery(id));
        assertThat(view.name()).isEqualTo(name + " Jr");
        assertThat(view.baseAirport()).isEqualTo(new IcaoCode("KVNY"));
        assertThat(view.employed()).isTrue();
        assertThat(view.version()).isEqualTo(6);
        assertThat(view.availability().status()).isEqualTo(CrewMemberView.AvailabilityStatus.AVAILABLE);
        assertThat(view.qualifications().licences()).singleElement().satisfies(licence -> {
            assertThat(licence.number()).isEqualTo("ATP-1");
            assertThat(licence.status()).isEqualTo(QualificationStatus.VALID);
        });
        assertThat(view.qualifications().medical().medicalClass()).isEqualTo(1);
        assertThat(view.qualifications().medical().status()).isEqualTo(QualificationStatus.EXPIRING_SOON);
        assertThat(view.qualifications().typeRatings()).singleElement()
                .satisfies(rating -> assertThat(rating.expiresOn()).isNull());
        assertThat(view.qualifications().training()).singleElement()
                .satisfies(training -> assertThat(training.nextDueOn()).isEqualTo(today().plusDays(25)));

        // A renewal replaces the medical and silences its alert.
        projection.on(new MedicalRecordedEvent(id, 1, today().plusYears(1)), 7);
        assertThat(projection.find(new FindCrewMemberQuery(id)).qualifications().medical().status())
                .isEqualTo(QualificationStatus.VALID);
        assertThat(projection.find(new FindCrewMemberQuery(CrewMemberId.random()))).isNull();
    }

    @Test
    void theListFiltersByPositionBaseTypeRatingEmploymentAndName() {
        String surname = "Quillfeather" + UUID.randomUUID().toString().substring(0, 6);
        CrewMemberId rated = hire("Nora " + surname, CrewPosition.FIRST_OFFICER, "KBED");
        projection.on(new TypeRatingRecordedEvent(rated, "C680", today().plusYears(1)), 1);
        CrewMemberId lapsed = hire("Olga " + surname, CrewPosition.FIRST_OFFICER, "KBED");
        projection.on(new TypeRatingRecordedEvent(lapsed, "C680", today().minusDays(1)), 1);
        CrewMemberId released = hire("Paul " + surname, CrewPosition.FLIGHT_ATTENDANT, "KBED");
        projection.on(new CrewMemberReleasedEvent(released, "Moved on"), 1);

        assertThat(ids(new ListCrewQuery(null, null, null, null, surname.toLowerCase(), 0, 200)))
                .containsExactly(rated, lapsed, released);
        assertThat(ids(new ListCrewQuery(CrewPosition.FIRST_OFFICER, new IcaoCode("KBED"), "C680", true, surname, 0, 200)))
                .containsExactly(rated);
        assertThat(ids(new ListCrewQuery(null, null, null, false, surname, 0, 200))).containsExactly(released);
        assertThat(ids(new ListCrewQuery(null, new IcaoCode("KTEB"), null, null, surname, 0, 200))).isEmpty();
        assertThat(projection.list(new ListCrewQuery(null, null, null, null, surname, 1, 2)).total()).isEqualTo(3);
        assertThat(projection.find(new FindCrewMemberQuery(released)).availability().status())
                .isEqualTo(CrewMemberView.AvailabilityStatus.RELEASED);
        // "_" and "%" in the search text are letters, not wildcards.
        assertThat(ids(new ListCrewQuery(null, null, null, null, "%" + surname, 0, 200))).isEmpty();
    }

    private List<CrewMemberId> ids(ListCrewQuery query) {
        return projection.list(query).items().stream().map(CrewMemberView::crewMemberId).toList();
    }

    @Test
    void expiringQualificationsComeSoonestFirstWithTheExpiredFlagged() {
        CrewMemberId id = hire(unique("Rita Vance"), CrewPosition.CAPTAIN, "KTEB");
        projection.on(new MedicalRecordedEvent(id, 1, today().minusDays(3)), 1);
        projection.on(new LicenceRecordedEvent(id, LicenceKind.COMMERCIAL_PILOT, "CPL-7", "FAA", today().plusDays(10)), 2);
        projection.on(new TrainingRecordedEvent(id, "Upset recovery", today().minusYears(1), today().plusDays(20)), 3);
        projection.on(new TypeRatingRecordedEvent(id, "CL35", today().plusDays(100)), 4);
        projection.on(new TypeRatingRecordedEvent(id, "GLF6", null), 5);
        projection.on(new TrainingRecordedEvent(id, "Upset recovery", today().minusYears(1), today().plusDays(20)), 3);
        CrewMemberId gone = hire(unique("Sam Held"), CrewPosition.CAPTAIN, "KTEB");
        projection.on(new MedicalRecordedEvent(gone, 1, today().plusDays(5)), 1);
        projection.on(new CrewMemberReleasedEvent(gone, "Retired"), 2);

        ExpiringQualifications expiring = projection.expiring(new FindExpiringQualificationsQuery(30));

        assertThat(expiring.asOf()).isEqualTo(today());
        assertThat(expiring.until()).isEqualTo(today().plusDays(30));
        List<ExpiringQualifications.Item> mine = expiring.items().stream()
                .filter(item -> item.crewMemberId().equals(id)).toList();
        assertThat(mine).extracting(item -> item.qualification().type()).containsExactly(QualificationType.MEDICAL,
                QualificationType.LICENCE, QualificationType.RECURRENT_TRAINING);
        assertThat(mine).extracting(ExpiringQualifications.Item::expired).containsExactly(true, false, false);
        assertThat(mine).extracting(ExpiringQualifications.Item::daysLeft).containsExactly(-3L, 10L, 20L);
        assertThat(mine.get(1).qualification().name()).isEqualTo("COMMERCIAL_PILOT");
        assertThat(expiring.items()).noneMatch(item -> item.crewMemberId().equals(gone));
        assertThat(projection.expiring(new FindExpiringQualificationsQuery(365)).items().stream()
                .filter(item -> item.crewMemberId().equals(id))).hasSize(4);
        assertThat(projection.find(new FindCrewMemberQuery(id)).qualifications().medical().status())
                .isEqualTo(QualificationStatus.EXPIRED);
    }

    @Test
    void theScheduleShowsAssignmentsPlannedAndActualAndUnavailabilityByStart() {
        CrewMemberId id = hire(unique("Tom Reyes"), CrewPosition.CAPTAIN, "KTEB");
        AssignmentId first = AssignmentId.random();
        AssignmentId second = AssignmentId.random();
        AssignmentId withdrawn = AssignmentId.random();
        UnavailabilityId leave = UnavailabilityId.random();
        UnavailabilityId cleared = UnavailabilityId.random();
        RosterWarning warning = new RosterWarning(FtlRule.REST_PERIODS_QUARTER, 12, 13, "only 12 rest periods");
        projection.on(assigned(id, second, window("2031-03-05T07:00:00Z", "2031-03-05T17:00:00Z"),
                List.of(window("2031-03-05T08:00:00Z", "2031-03-05T12:00:00Z")), CrewComplement.TWO_PILOT,
                List.of(warning)), 1);
        projection.on(assigned(id, first, window("2031-03-02T07:00:00Z", "2031-03-02T15:00:00Z"),
                List.of(window("2031-03-02T08:00:00Z", "2031-03-02T11:00:00Z")), CrewComplement.TWO_PILOT,
                List.of()), 2);
        projection.on(assigned(id, withdrawn, window("2031-03-07T07:00:00Z", "2031-03-07T12:00:00Z"),
                List.of(window("2031-03-07T08:00:00Z", "2031-03-07T10:00:00Z")), CrewComplement.TWO_PILOT,
                List.of()), 3);
        projection.on(new CrewMemberUnassignedEvent(id, withdrawn, "Trip changed"), 4);
        projection.on(new CrewMemberUnavailableEvent(id, leave, UnavailabilityKind.LEAVE,
                window("2031-03-10T00:00:00Z", "2031-03-14T00:00:00Z")), 5);
        projection.on(new CrewMemberUnavailableEvent(id, cleared, UnavailabilityKind.DAY_OFF,
                window("2031-03-03T00:00:00Z", "2031-03-04T00:00:00Z")), 6);
        projection.on(new CrewUnavailabilityClearedEvent(id, cleared), 7);
        TimeWindow actualDuty = window("2031-03-02T07:00:00Z", "2031-03-02T16:10:00Z");
        List<TimeWindow> actualFlights = List.of(window("2031-03-02T08:20:00Z", "2031-03-02T12:05:00Z"));
        ActualDutyRecordedEvent actual = new ActualDutyRecordedEvent(id, first,
                window("2031-03-02T07:00:00Z", "2031-03-02T15:00:00Z"), actualDuty, actualFlights, true, 70, 960L,
                List.of(second));
        projection.on(actual, 8);
        projection.on(new CrewMemberUnassignedEvent(id, first, "redelivered out of order"), 4);   // older: ignored

        CrewSchedule schedule = projection.schedule(new FindCrewScheduleQuery(id,
                Instant.parse("2031-03-01T00:00:00Z"), Instant.parse("2031-03-11T00:00:00Z")));

        assertThat(schedule.assignments()).extracting(CrewAssignmentView::assignmentId).containsExactly(first, second);
        CrewAssignmentView flown = schedule.assignments().get(0);
        assertThat(flown.duty()).isEqualTo(actualDuty);
        assertThat(flown.plannedDuty()).isEqualTo(window("2031-03-02T07:00:00Z", "2031-03-02T15:00:00Z"));
        assertThat(flown.plannedFlights()).containsExactly(window("2031-03-02T08:00:00Z", "2031-03-02T11:00:00Z"));
        assertThat(flown.flightSeconds()).isEqualTo(Duration.ofMinutes(225).toSeconds());
        assertThat(flown.dutySeconds()).isEqualTo(Duration.ofMinutes(550).toSeconds());
        assertThat(flown.actual().requiredRestMinutes()).isEqualTo(960L);
        assertThat(flown.actual().assignmentsInRest()).containsExactly(second);
        assertThat(flown.name()).isEqualTo(schedule.name());
        assertThat(schedule.assignments().get(1).warnings()).containsExactly(warning);
        assertThat(schedule.assignments().get(1).actual()).isNull();
        assertThat(schedule.unavailability()).singleElement().satisfies(u -> {
            assertThat(u.unavailabilityId()).isEqualTo(leave);
            assertThat(u.kind()).isEqualTo(UnavailabilityKind.LEAVE);
        });
        assertThat(projection.schedule(new FindCrewScheduleQuery(CrewMemberId.random(),
                Instant.parse("2031-03-01T00:00:00Z"), Instant.parse("2031-03-11T00:00:00Z")))).isNull();
    }

    @Test
    void assignmentsInAWindowCarryEachPilotsFlightTimeAgainstThePart135Limits() {
        CrewMemberId pilot = hire(unique("Uma Hart"), CrewPosition.CAPTAIN, "KTEB");
        CrewMemberId cabin = hire(unique("Vic Lane"), CrewPosition.FLIGHT_ATTENDANT, "KTEB");
        AssignmentId morning = AssignmentId.random();
        AssignmentId evening = AssignmentId.random();
        AssignmentId earlier = AssignmentId.random();
        projection.on(assigned(pilot, earlier, window("2032-02-01T07:00:00Z", "2032-02-01T15:00:00Z"),
                List.of(window("2032-02-01T08:00:00Z", "2032-02-01T14:00:00Z")), CrewComplement.TWO_PILOT,
                List.of()), 1);
        projection.on(assigned(pilot, morning, window("2032-05-10T05:00:00Z", "2032-05-10T12:00:00Z"),
                List.of(window("2032-05-10T06:00:00Z", "2032-05-10T11:00:00Z")), CrewComplement.TWO_PILOT,
                List.of()), 2);
        projection.on(assigned(pilot, evening, window("2032-05-11T01:00:00Z", "2032-05-11T06:30:00Z"),
                List.of(window("2032-05-11T02:00:00Z", "2032-05-11T06:00:00Z")), CrewComplement.ONE_PILOT,
                List.of()), 3);
        projection.on(new CrewMemberAssignedEvent(cabin, AssignmentId.random(), BookingId.random(), CrewRole.CABIN,
                CrewComplement.TWO_PILOT, "GLF6", window("2032-05-10T05:00:00Z", "2032-05-10T12:00:00Z"),
                List.of(window("2032-05-10T06:00:00Z", "2032-05-10T11:00:00Z")), List.of(), List.of()), 1);

        CrewAssignments answer = projection.assignments(new FindCrewAssignmentsQuery(
                Instant.parse("2032-05-10T00:00:00Z"), Instant.parse("2032-05-12T00:00:00Z")));

        assertThat(answer.assignments().stream().filter(a -> a.crewMemberId().equals(pilot)))
                .extracting(CrewAssignmentView::assignmentId).containsExactly(morning, evening);
        assertThat(answer.assignments().stream().filter(a -> a.assignmentId().equals(morning)).findFirst().orElseThrow())
                .satisfies(a -> {
                    assertThat(a.dutySeconds()).isEqualTo(Duration.ofHours(7).toSeconds());
                    assertThat(a.flightSeconds()).isEqualTo(Duration.ofHours(5).toSeconds());
                });
        assertThat(answer.assignments()).anyMatch(a -> a.crewMemberId().equals(cabin));
        assertThat(answer.pilots()).noneMatch(p -> p.crewMemberId().equals(cabin));
        List<CrewAssignments.Figure> figures = answer.pilots().stream().filter(p -> p.crewMemberId().equals(pilot))
                .findFirst().orElseThrow().figures();
        // 5 h + 4 h within 24 h, one of them flown one-pilot: 9 h against 8 h.
        assertThat(figures.get(0)).satisfies(day -> {
            assertThat(day.rule()).isEqualTo(FtlRule.FLIGHT_TIME_24_HOURS);
            assertThat(day.flightSeconds()).isEqualTo(Duration.ofHours(9).toSeconds());
            assertThat(day.limitSeconds()).isEqualTo(Duration.ofHours(8).toSeconds());
            assertThat(day.withinLimit()).isFalse();
        });
        assertThat(figures).filteredOn(f -> f.rule() == FtlRule.FLIGHT_TIME_QUARTER).singleElement().satisfies(q -> {
            assertThat(q.period().start()).isEqualTo(Instant.parse("2032-04-01T00:00:00Z"));
            assertThat(q.flightSeconds()).isEqualTo(Duration.ofHours(9).toSeconds());
            assertThat(q.limitSeconds()).isEqualTo(Duration.ofHours(500).toSeconds());
        });
        assertThat(figures).filteredOn(f -> f.rule() == FtlRule.FLIGHT_TIME_YEAR).singleElement().satisfies(y -> {
            assertThat(y.flightSeconds()).isEqualTo(Duration.ofHours(15).toSeconds());
            assertThat(y.limitSeconds()).isEqualTo(Duration.ofHours(1400).toSeconds());
            assertThat(y.withinLimit()).isTrue();
        });
    }

    private static CrewMemberAssignedEvent assigned(CrewMemberId id, AssignmentId assignmentId, TimeWindow duty,
                                                    List<TimeWindow> flights, CrewComplement complement,
                                                    List<RosterWarning> warnings) {
        return new CrewMemberAssignedEvent(id, assignmentId, BookingId.random(), CrewRole.PILOT_IN_COMMAND, complement,
                "GLF6", duty, flights, List.of(new LegalityCheck(FtlRule.DUTY_PERIOD, duty.duration().toSeconds(),
                Duration.ofHours(14).toSeconds(), true)), warnings);
    }
}
