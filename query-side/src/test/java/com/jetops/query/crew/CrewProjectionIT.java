package com.jetops.query.crew;

import com.jetops.query.TestTokens;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.ComplianceWhatIf;
import com.jetops.api.crew.ComplianceWhatIfQuery;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberAssignedEvent;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberView;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.CrewSchedule;
import com.jetops.api.crew.ExpiringQualifications;
import com.jetops.api.crew.FindCrewAssignmentsQuery;
import com.jetops.api.crew.FindCrewMemberQuery;
import com.jetops.api.crew.FindCrewScheduleQuery;
import com.jetops.api.crew.FindExpiringQualificationsQuery;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.api.crew.ListCrewQuery;
import com.jetops.api.crew.MedicalRecordedEvent;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The crew read model: qualifications and their expiry, schedules, and flight time against the Part 135 limits. */
@QuerySideIntegrationTest
class CrewProjectionIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    CrewProjection projection;
    @LocalServerPort
    int port;

    private CrewMemberHiredEvent hired(String name) {
        return new CrewMemberHiredEvent(CrewMemberId.random(), "E-" + UUID.randomUUID().toString().substring(0, 8),
                name, CrewPosition.CAPTAIN, new IcaoCode("KTEB"),
                new CrewContact("+1 201 555 0123", null, "Dana Reyes", "+1 201 555 0188"));
    }

    @Test
    void qualificationsShowWithExpiriesAndTheSoonExpiringAreListedFirst() {
        String tag = "Q" + UUID.randomUUID().toString().substring(0, 6);
        CrewMemberHiredEvent captain = hired("Alex Morgan " + tag);
        CrewMemberId id = captain.crewMemberId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        projection.on(captain, 0);
        projection.on(new LicenceRecordedEvent(id, LicenceKind.AIRLINE_TRANSPORT_PILOT, "ATP-1", "FAA",
                today.plusYears(2)), 1);
        projection.on(new MedicalRecordedEvent(id, 1, today.plusDays(10)), 2);
        projection.on(new TypeRatingRecordedEvent(id, "CL35", null), 3);
        projection.on(new MedicalRecordedEvent(id, 1, today.plusDays(400)), 2);   // redelivered older event: ignored

        CrewMemberView view = projection.find(new FindCrewMemberQuery(id));
        assertThat(view.qualifications().medical().expiresOn()).isEqualTo(today.plusDays(10));
        assertThat(view.qualifications().typeRatings()).hasSize(1);
        assertThat(view.version()).isEqualTo(3);
        assertThat(projection.list(new ListCrewQuery(null, null, "CL35", true, tag, 0, 20)).items())
                .extracting(CrewMemberView::crewMemberId).containsExactly(id);

        ExpiringQualifications expiring = projection.expiring(new FindExpiringQualificationsQuery(30));
        List<ExpiringQualifications.Item> mine = expiring.items().stream()
                .filter(item -> item.crewMemberId().equals(id)).toList();
        assertThat(mine).singleElement().satisfies(item -> {
            assertThat(item.daysLeft()).isEqualTo(10);
            assertThat(item.expired()).isFalse();
        });
    }

    @Test
    void assignmentsAppearOnTheScheduleWithFlightTimeAgainstTheLimits() {
        CrewMemberHiredEvent captain = hired("Jordan Reyes");
        CrewMemberId id = captain.crewMemberId();
        projection.on(captain, 0);
        Instant off = Instant.parse("2026-12-10T14:00:00Z");
        TimeWindow flight = new TimeWindow(off, off.plus(Duration.ofMinutes(330)));
        TimeWindow duty = new TimeWindow(off.minus(Duration.ofHours(1)), flight.end().plus(Duration.ofMinutes(30)));
        AssignmentId assignmentId = AssignmentId.random();
        CrewMemberAssignedEvent assigned = new CrewMemberAssignedEvent(id, assignmentId, BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "CL35", duty, List.of(flight), List.of(), List.of());
        projection.on(assigned, 1);
        projection.on(assigned, 1);   // redelivered

        CrewSchedule schedule = projection.schedule(new FindCrewScheduleQuery(id, off.minus(Duration.ofDays(1)),
                off.plus(Duration.ofDays(1))));
        assertThat(schedule.assignments()).singleElement().satisfies(a -> {
            assertThat(a.assignmentId()).isEqualTo(assignmentId);
            assertThat(a.flightSeconds()).isEqualTo(330 * 60);
        });

        CrewAssignments assignments = projection.assignments(new FindCrewAssignmentsQuery(off.minus(Duration.ofDays(1)),
                off.plus(Duration.ofDays(1))));
        CrewAssignments.PilotFlightTime figures = assignments.pilots().stream()
                .filter(p -> p.crewMemberId().equals(id)).findFirst().orElseThrow();
        assertThat(figures.figures()).filteredOn(f -> f.rule() == FtlRule.FLIGHT_TIME_24_HOURS).allSatisfy(f -> {
            assertThat(f.flightSeconds()).isEqualTo(330 * 60);
            assertThat(f.limitSeconds()).isEqualTo(10 * 3600);
            assertThat(f.withinLimit()).isTrue();
        });
        assertThat(figures.figures()).anySatisfy(f -> assertThat(f.rule()).isEqualTo(FtlRule.FLIGHT_TIME_QUARTER));
    }

    /** A 12 h duty, then 11 h off and a 5 h duty: legal today, not under a 10 h duty and 12 h rest company rule. */
    @Test
    void proposedDutyAndRestLimitsListTheAssignmentsTheyWouldHaveMadeIllegal() {
        CrewMemberHiredEvent captain = hired("Rowan Achebe");
        projection.on(captain, 0);
        Instant day = Instant.parse("2027-05-10T08:00:00Z");
        AssignmentId longDay = AssignmentId.random();
        AssignmentId nextMorning = AssignmentId.random();
        TimeWindow first = new TimeWindow(day, day.plus(Duration.ofHours(12)));
        TimeWindow second = new TimeWindow(first.end().plus(Duration.ofHours(11)), first.end().plus(Duration.ofHours(16)));
        projection.on(new CrewMemberAssignedEvent(captain.crewMemberId(), longDay, BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "CL35", first,
                List.of(new TimeWindow(day.plus(Duration.ofHours(1)), day.plus(Duration.ofHours(4)))), List.of(), List.of()), 1);
        projection.on(new CrewMemberAssignedEvent(captain.crewMemberId(), nextMorning, BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "CL35", second,
                List.of(new TimeWindow(second.start().plus(Duration.ofHours(1)), second.end())), List.of(), List.of()), 2);
        Instant from = day.minus(Duration.ofDays(1));
        Instant to = day.plus(Duration.ofDays(2));

        ComplianceWhatIf company = projection.whatIf(new ComplianceWhatIfQuery(from, to, Duration.ofHours(8),
                Duration.ofHours(10), Duration.ofHours(500), Duration.ofHours(800), Duration.ofHours(1400),
                Duration.ofHours(10), Duration.ofHours(12)));
        List<ComplianceWhatIf.AssignmentBreach> mine = company.assignmentsWouldBreach().stream()
                .filter(b -> b.crewMemberId().equals(captain.crewMemberId())).toList();
        assertThat(mine).extracting(ComplianceWhatIf.AssignmentBreach::assignmentId).containsExactly(longDay, nextMorning);
        assertThat(mine.get(0).failing()).singleElement().satisfies(check -> {
            assertThat(check.rule()).isEqualTo(FtlRule.DUTY_PERIOD);
            assertThat(check.actualSeconds()).isEqualTo(Duration.ofHours(12).toSeconds());
            assertThat(check.limitSeconds()).isEqualTo(Duration.ofHours(10).toSeconds());
        });
        assertThat(mine.get(1).failing()).singleElement().satisfies(check -> {
            assertThat(check.rule()).isEqualTo(FtlRule.REST_BEFORE_COMPLETION);
            assertThat(check.actualSeconds()).isEqualTo(Duration.ofHours(11).toSeconds());
            assertThat(check.limitSeconds()).isEqualTo(Duration.ofHours(12).toSeconds());
        });
        assertThat(company.assignmentsChecked()).isGreaterThanOrEqualTo(2);

        ComplianceWhatIf part135 = projection.whatIf(new ComplianceWhatIfQuery(from, to, Duration.ofHours(8),
                Duration.ofHours(10), Duration.ofHours(500), Duration.ofHours(800), Duration.ofHours(1400),
                Duration.ofHours(14), Duration.ofHours(10)));
        assertThat(part135.assignmentsWouldBreach()).noneMatch(b -> b.crewMemberId().equals(captain.crewMemberId()));
    }

    @Test
    void aStricterProposedLimitListsThePilotsItWouldHaveCaughtWithoutChangingAnything() throws Exception {
        CrewMemberHiredEvent captain = hired("Casey Okafor");
        projection.on(captain, 0);
        Instant off = Instant.parse("2027-02-10T14:00:00Z");
        TimeWindow flight = new TimeWindow(off, off.plus(Duration.ofMinutes(330)));
        projection.on(new CrewMemberAssignedEvent(captain.crewMemberId(), AssignmentId.random(), BookingId.random(),
                CrewRole.PILOT_IN_COMMAND, CrewComplement.TWO_PILOT, "CL35",
                new TimeWindow(off.minus(Duration.ofHours(1)), flight.end()), List.of(flight), List.of(), List.of()), 1);
        Instant from = off.minus(Duration.ofDays(1));
        Instant to = off.plus(Duration.ofDays(1));
        Duration quarter = Duration.ofHours(500);

        com.jetops.api.crew.ComplianceWhatIf strict = projection.whatIf(new com.jetops.api.crew.ComplianceWhatIfQuery(
                from, to, Duration.ofHours(8), Duration.ofHours(5), quarter, Duration.ofHours(800), Duration.ofHours(1400),
                Duration.ofHours(14), Duration.ofHours(10)));
        assertThat(strict.wouldBreach()).filteredOn(p -> p.crewMemberId().equals(captain.crewMemberId()))
                .singleElement().satisfies(p -> assertThat(p.figures()).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(FtlRule.FLIGHT_TIME_24_HOURS);
                    assertThat(f.limitSeconds()).isEqualTo(5 * 3600);
                }));
        com.jetops.api.crew.ComplianceWhatIf asToday = projection.whatIf(new com.jetops.api.crew.ComplianceWhatIfQuery(
                from, to, Duration.ofHours(8), Duration.ofHours(10), quarter, Duration.ofHours(800), Duration.ofHours(1400),
                Duration.ofHours(14), Duration.ofHours(10)));
        assertThat(asToday.wouldBreach()).noneMatch(p -> p.crewMemberId().equals(captain.crewMemberId()));
        // The real figures are untouched.
        assertThat(projection.assignments(new FindCrewAssignmentsQuery(from, to)).pilots())
                .filteredOn(p -> p.crewMemberId().equals(captain.crewMemberId()))
                .singleElement().satisfies(p -> assertThat(p.figures()).allMatch(CrewAssignments.Figure::withinLimit));

        String window = "from=" + from + "&to=" + to;
        assertThat(get("/crew/compliance/what-if?" + window + "&twoPilotFlightTimeIn24Hours=PT5H").statusCode())
                .isEqualTo(200);
        assertThat(get("/crew/compliance/what-if?" + window + "&twoPilotFlightTimeIn24Hours=PT0S").statusCode())
                .isEqualTo(400);
        assertThat(get("/crew/compliance/what-if?" + window + "&flightTimePerYear=lots").statusCode()).isEqualTo(400);
        assertThat(get("/crew/compliance/what-if?" + window + "&dutyPeriod=PT10H&restBeforeCompletion=PT12H").statusCode())
                .isEqualTo(200);
        assertThat(get("/crew/compliance/what-if?" + window + "&restBeforeCompletion=-PT1H").statusCode()).isEqualTo(400);
    }

    @Test
    void badParametersAre400AndAnUnknownMember404() throws Exception {
        String id = UUID.randomUUID().toString();
        for (String bad : List.of("/crew?size=1000", "/crew?position=PURSER", "/crew/expiring?days=0",
                "/crew/expiring?days=1000", "/crew/not-a-uuid",
                "/crew/" + id + "/schedule?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                "/crew/assignments?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")) {
            assertThat(get(bad).statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(get("/crew/" + id).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
