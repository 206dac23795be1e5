package com.jetops.query.crew;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.ActualDutyRecordedEvent;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewAssignmentView;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.CrewMemberAssignedEvent;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewMemberUnassignedEvent;
import com.jetops.api.crew.CrewMemberUnavailableEvent;
import com.jetops.api.crew.CrewMemberUpdatedEvent;
import com.jetops.api.crew.CrewMemberView;
import com.jetops.api.crew.CrewPage;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewSchedule;
import com.jetops.api.crew.CrewUnavailabilityClearedEvent;
import com.jetops.api.crew.ExpiringQualifications;
import com.jetops.api.crew.ComplianceWhatIf;
import com.jetops.api.crew.ComplianceWhatIfQuery;
import com.jetops.api.crew.FindCrewAssignmentsQuery;
import com.jetops.api.crew.FindCrewMemberQuery;
import com.jetops.api.crew.FindCrewScheduleQuery;
import com.jetops.api.crew.FindExpiringQualificationsQuery;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.api.crew.ListCrewQuery;
import com.jetops.api.crew.MedicalRecordedEvent;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.LegalityCheck;
import com.jetops.api.crew.Part135Limits;
import com.jetops.api.crew.Qualification;
import com.jetops.api.crew.QualificationExpiredEvent;
import com.jetops.api.crew.QualificationExpiringSoonEvent;
import com.jetops.api.crew.QualificationStatus;
import com.jetops.api.crew.QualificationType;
import com.jetops.api.crew.TrainingRecordedEvent;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import com.jetops.api.crew.UnavailabilityId;
import com.jetops.api.crew.UnavailabilityKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The crew read model: members, their qualifications, assignments and unavailability. Every
 * write first advances the member's row to the event's sequence number and does nothing when
 * the row is already there or beyond, so a replayed or redelivered event changes nothing.
 */
@Component
@ProcessingGroup(CrewProjection.PROCESSING_GROUP)
class CrewProjection {
    static final String PROCESSING_GROUP = "crew";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final CrewLimits limits;
    private final Clock clock;

    @Autowired
    CrewProjection(JdbcTemplate jdbc, ObjectMapper json, CrewLimits limits) {
        this(jdbc, json, limits, Clock.systemUTC());
    }

    /** {@code clock} is "now" for availability and qualification status: a past instant for an as-of view. */
    CrewProjection(JdbcTemplate jdbc, ObjectMapper json, CrewLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.limits = limits;
        this.clock = clock;
    }

    @EventHandler
    void on(CrewMemberHiredEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                        insert into crew_member (crew_member_id, version, employee_id, name, position, base_airport, employed)
                        values (?, ?, ?, ?, ?, ?, true) on conflict do nothing""",
                event.crewMemberId().value(), sequence, event.employeeId(), event.name(), event.position().name(),
                event.baseAirport().value());
    }

    @EventHandler
    void on(CrewMemberUpdatedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            jdbc.update("update crew_member set name = ?, base_airport = ? where crew_member_id = ?", event.name(),
                    event.baseAirport().value(), event.crewMemberId().value());
        }
    }

    @EventHandler
    void on(CrewMemberReleasedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            jdbc.update("update crew_member set employed = false, release_reason = ? where crew_member_id = ?",
                    event.reason(), event.crewMemberId().value());
        }
    }

    @EventHandler
    void on(LicenceRecordedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            record(event.crewMemberId(), QualificationType.LICENCE, event.kind().name(), event.number(),
                    event.issuingAuthority(), null, null, event.expiresOn());
        }
    }

    @EventHandler
    void on(MedicalRecordedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            record(event.crewMemberId(), QualificationType.MEDICAL, "", null, null, event.medicalClass(), null,
                    event.expiresOn());
        }
    }

    @EventHandler
    void on(TypeRatingRecordedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            record(event.crewMemberId(), QualificationType.TYPE_RATING, event.typeDesignator(), null, null, null, null,
                    event.expiresOn());
        }
    }

    @EventHandler
    void on(TrainingRecordedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            record(event.crewMemberId(), QualificationType.RECURRENT_TRAINING, event.course(), null, null, null,
                    event.completedOn(), event.nextDueOn());
        }
    }

    @EventHandler
    void on(QualificationExpiringSoonEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            alert(event.crewMemberId(), event.qualification(), event.expiresOn(), QualificationStatus.EXPIRING_SOON);
        }
    }

    @EventHandler
    void on(QualificationExpiredEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            alert(event.crewMemberId(), event.qualification(), event.expiresOn(), QualificationStatus.EXPIRED);
        }
    }

    @EventHandler
    void on(CrewMemberAssignedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            List<TimeWindow> flights = listOf(event.flights());
            CrewAssignmentView view = new CrewAssignmentView(event.assignmentId(), event.crewMemberId(), null,
                    event.bookingId(), event.role(), event.complement(), event.typeDesignator(), event.duty(), flights,
                    event.duty().duration().toSeconds(), seconds(flights), event.duty(), flights, null,
                    listOf(event.checks()), listOf(event.warnings()));
            // An assignment id taken off and assigned again is the later assignment.
            jdbc.update("""
                            insert into crew_assignment (assignment_id, crew_member_id, duty_start, duty_end, view)
                            values (?, ?, ?, ?, ?) on conflict (assignment_id) do update
                            set duty_start = excluded.duty_start, duty_end = excluded.duty_end, view = excluded.view""",
                    event.assignmentId().value(), event.crewMemberId().value(), Timestamp.from(event.duty().start()),
                    Timestamp.from(event.duty().end()), write(view));
        }
    }

    /** The actual times replace the planned ones in what counts; the planned ones stay beside them. */
    @EventHandler
    void on(ActualDutyRecordedEvent event, @SequenceNumber long sequence) {
        if (!applies(event.crewMemberId(), sequence)) {
            return;
        }
        CrewAssignmentView planned = jdbc.query("select view from crew_assignment where assignment_id = ?",
                        (row, i) -> read(row.getString(1)), event.assignmentId().value())
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("assignment "
                        + event.assignmentId() + " of " + event.crewMemberId() + " missing at sequence " + sequence));
        List<TimeWindow> flights = listOf(event.flights());
        CrewAssignmentView actual = new CrewAssignmentView(planned.assignmentId(), planned.crewMemberId(), null,
                planned.bookingId(), planned.role(), planned.complement(), planned.typeDesignator(), event.duty(),
                flights, event.duty().duration().toSeconds(), seconds(flights), planned.plannedDuty(),
                planned.plannedFlights(), new CrewAssignmentView.Actual(event.duty(), flights,
                event.overrunBeyondControl(), event.overrunMinutes(), event.requiredRestMinutes(),
                listOf(event.assignmentsInRest())), planned.checks(), planned.warnings());
        jdbc.update("update crew_assignment set duty_start = ?, duty_end = ?, view = ? where assignment_id = ?",
                Timestamp.from(event.duty().start()), Timestamp.from(event.duty().end()), write(actual),
                event.assignmentId().value());
    }

    @EventHandler
    void on(CrewMemberUnassignedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            jdbc.update("delete from crew_assignment where assignment_id = ?", event.assignmentId().value());
        }
    }

    @EventHandler
    void on(CrewMemberUnavailableEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            jdbc.update("""
                            insert into crew_unavailability (unavailability_id, crew_member_id, kind, window_start, window_end)
                            values (?, ?, ?, ?, ?) on conflict (unavailability_id) do update
                            set kind = excluded.kind, window_start = excluded.window_start, window_end = excluded.window_end""",
                    event.unavailabilityId().value(), event.crewMemberId().value(), event.kind().name(),
                    Timestamp.from(event.window().start()), Timestamp.from(event.window().end()));
        }
    }

    @EventHandler
    void on(CrewUnavailabilityClearedEvent event, @SequenceNumber long sequence) {
        if (applies(event.crewMemberId(), sequence)) {
            jdbc.update("delete from crew_unavailability where unavailability_id = ?", event.unavailabilityId().value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from crew_assignment");
        jdbc.update("delete from crew_unavailability");
        jdbc.update("delete from crew_qualification");
        jdbc.update("delete from crew_member");
    }

    /**
     * Moves the member's row to the event's sequence number; false when it is already there or
     * beyond (a replay or redelivery). Events of one member arrive in order, so a missing row
     * fails the event and the processor retries rather than lose the change.
     */
    private boolean applies(CrewMemberId crewMemberId, long sequence) {
        if (jdbc.update("update crew_member set version = ? where crew_member_id = ? and version < ?", sequence,
                crewMemberId.value(), sequence) == 1) {
            return true;
        }
        Boolean known = jdbc.queryForObject("select exists (select 1 from crew_member where crew_member_id = ?)",
                Boolean.class, crewMemberId.value());
        if (!Boolean.TRUE.equals(known)) {
            throw new IllegalStateException("crew row of " + crewMemberId + " missing at sequence " + sequence);
        }
        return false;
    }

    /** A renewal replaces the qualification and silences the alerts raised for the old expiry. */
    private void record(CrewMemberId crewMemberId, QualificationType type, String name, String number,
                        String issuingAuthority, Integer medicalClass, LocalDate completedOn, LocalDate expiresOn) {
        jdbc.update("""
                        insert into crew_qualification (crew_member_id, type, name, number, issuing_authority,
                            medical_class, completed_on, expires_on, alert)
                        values (?, ?, ?, ?, ?, ?, ?, ?, null) on conflict (crew_member_id, type, name) do update
                        set number = excluded.number, issuing_authority = excluded.issuing_authority,
                            medical_class = excluded.medical_class, completed_on = excluded.completed_on,
                            expires_on = excluded.expires_on, alert = null""",
                crewMemberId.value(), type.name(), name, new SqlParameterValue(Types.VARCHAR, number),
                new SqlParameterValue(Types.VARCHAR, issuingAuthority), new SqlParameterValue(Types.INTEGER, medicalClass),
                date(completedOn), date(expiresOn));
    }

    /** An alert for an expiry that a renewal has replaced meanwhile is ignored, as the command side does. */
    private void alert(CrewMemberId crewMemberId, Qualification qualification, LocalDate expiresOn,
                       QualificationStatus alert) {
        jdbc.update("update crew_qualification set alert = ? where crew_member_id = ? and type = ? and name = ? "
                        + "and expires_on = ?", alert.name(), crewMemberId.value(), qualification.type().name(),
                qualification.name() == null ? "" : qualification.name(), date(expiresOn));
    }

    @QueryHandler
    CrewPage list(ListCrewQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (query.position() != null) {
            where.append(" and m.position = ?");
            arguments.add(query.position().name());
        }
        if (query.baseAirport() != null) {
            where.append(" and m.base_airport = ?");
            arguments.add(query.baseAirport().value());
        }
        if (query.employed() != null) {
            where.append(" and m.employed = ?");
            arguments.add(query.employed());
        }
        if (query.nameContains() != null) {
            where.append(" and m.name ilike ?");
            arguments.add("%" + query.nameContains().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.typeRating() != null) {
            where.append(" and exists (select 1 from crew_qualification q where q.crew_member_id = m.crew_member_id"
                    + " and q.type = 'TYPE_RATING' and q.name = ? and (q.expires_on is null or q.expires_on >= ?))");
            arguments.add(query.typeRating());
            arguments.add(date(today()));
        }
        Long total = jdbc.queryForObject("select count(*) from crew_member m" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<MemberRow> rows = jdbc.query("select m.* from crew_member m" + where
                + " order by lower(m.name), m.crew_member_id limit ? offset ?", CrewProjection::member, paged.toArray());
        return new CrewPage(views(rows), query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    CrewMemberView find(FindCrewMemberQuery query) {
        List<MemberRow> rows = jdbc.query("select * from crew_member where crew_member_id = ?", CrewProjection::member,
                query.crewMemberId().value());
        return rows.isEmpty() ? null : views(rows).get(0);
    }

    @QueryHandler
    CrewSchedule schedule(FindCrewScheduleQuery query) {
        String id = query.crewMemberId().value();
        List<String> names = jdbc.queryForList("select name from crew_member where crew_member_id = ?", String.class, id);
        if (names.isEmpty()) {
            return null;
        }
        List<CrewAssignmentView> assignments = jdbc.query("""
                        select a.view, m.name from crew_assignment a join crew_member m using (crew_member_id)
                         where a.crew_member_id = ? and a.duty_start < ? and a.duty_end > ?
                         order by a.duty_start, a.assignment_id""", this::assignment, id,
                Timestamp.from(query.to()), Timestamp.from(query.from()));
        List<CrewSchedule.Unavailability> unavailability = jdbc.query("""
                        select * from crew_unavailability
                         where crew_member_id = ? and window_start < ? and window_end > ?
                         order by window_start, unavailability_id""",
                (row, i) -> new CrewSchedule.Unavailability(UnavailabilityId.of(row.getString("unavailability_id")),
                        UnavailabilityKind.valueOf(row.getString("kind")),
                        new TimeWindow(instant(row, "window_start"), instant(row, "window_end"))),
                id, Timestamp.from(query.to()), Timestamp.from(query.from()));
        return new CrewSchedule(query.crewMemberId(), names.get(0), query.from(), query.to(), assignments,
                unavailability);
    }

    @QueryHandler
    ExpiringQualifications expiring(FindExpiringQualificationsQuery query) {
        LocalDate today = today();
        LocalDate until = today.plusDays(query.days());
        List<ExpiringQualifications.Item> items = jdbc.query("""
                        select q.type, q.name as qualification, q.expires_on, m.crew_member_id, m.employee_id, m.name,
                               m.position
                          from crew_qualification q join crew_member m using (crew_member_id)
                         where m.employed and q.expires_on <= ?
                         order by q.expires_on, lower(m.name), m.crew_member_id, q.type, q.name""",
                (row, i) -> {
                    LocalDate expiresOn = row.getObject("expires_on", LocalDate.class);
                    return new ExpiringQualifications.Item(CrewMemberId.of(row.getString("crew_member_id")),
                            row.getString("employee_id"), row.getString("name"),
                            CrewPosition.valueOf(row.getString("position")),
                            new Qualification(QualificationType.valueOf(row.getString("type")),
                                    row.getString("qualification")),
                            expiresOn, ChronoUnit.DAYS.between(today, expiresOn), expiresOn.isBefore(today));
                }, date(until));
        return new ExpiringQualifications(today, until, items);
    }

    @QueryHandler
    CrewAssignments assignments(FindCrewAssignmentsQuery query) {
        return assignments(new TimeWindow(query.from(), query.to()), limits);
    }

    /**
     * The same assignments against proposed limits: the pilots whose flight time would break
     * them, and the pilots' assignments whose duty period or rest before completion would.
     */
    @QueryHandler
    ComplianceWhatIf whatIf(ComplianceWhatIfQuery query) {
        CrewLimits proposed = new CrewLimits(query.onePilotFlightTimeIn24Hours(), query.twoPilotFlightTimeIn24Hours(),
                query.flightTimePerQuarter(), query.flightTimePerTwoQuarters(), query.flightTimePerYear(),
                query.dutyPeriod(), query.restBeforeCompletion());
        TimeWindow window = new TimeWindow(query.from(), query.to());
        CrewAssignments evaluated = assignments(window, proposed);
        List<CrewAssignments.PilotFlightTime> breaches = evaluated.pilots().stream()
                .map(pilot -> new CrewAssignments.PilotFlightTime(pilot.crewMemberId(), pilot.name(),
                        pilot.figures().stream().filter(figure -> !figure.withinLimit()).toList()))
                .filter(pilot -> !pilot.figures().isEmpty()).toList();
        List<CrewAssignmentView> pilotAssignments = evaluated.assignments().stream()
                .filter(a -> a.role().isPilot()).toList();
        Map<CrewMemberId, List<TimeWindow>> duties = dutyPeriodsOf(
                pilotAssignments.stream().map(CrewAssignmentView::crewMemberId).collect(Collectors.toSet()),
                new TimeWindow(window.start().minus(Duration.ofDays(1)), window.end()));
        List<ComplianceWhatIf.AssignmentBreach> assignmentBreaches = pilotAssignments.stream().map(a -> {
            Duration rest = Part135Limits.longestRestBefore(a.duty().end(), duties.getOrDefault(a.crewMemberId(), List.of()));
            List<LegalityCheck> failing = Stream.of(
                            new LegalityCheck(FtlRule.DUTY_PERIOD, a.duty().duration().toSeconds(),
                                    proposed.dutyPeriod().toSeconds(), a.duty().duration().compareTo(proposed.dutyPeriod()) <= 0),
                            new LegalityCheck(FtlRule.REST_BEFORE_COMPLETION, rest.toSeconds(),
                                    proposed.restBeforeCompletion().toSeconds(),
                                    rest.compareTo(proposed.restBeforeCompletion()) >= 0))
                    .filter(check -> !check.withinLimit()).toList();
            return failing.isEmpty() ? null : new ComplianceWhatIf.AssignmentBreach(a.crewMemberId(), a.name(),
                    a.assignmentId(), a.bookingId(), a.duty(), failing);
        }).filter(java.util.Objects::nonNull).toList();
        return new ComplianceWhatIf(query, evaluated.pilots().size(), breaches, pilotAssignments.size(),
                assignmentBreaches);
    }

    /** Every duty period (actual once reported) of these members that overlaps {@code span}. */
    private Map<CrewMemberId, List<TimeWindow>> dutyPeriodsOf(java.util.Set<CrewMemberId> members, TimeWindow span) {
        if (members.isEmpty()) {
            return Map.of();
        }
        List<Object> arguments = new ArrayList<>(members.stream().map(CrewMemberId::value).toList());
        arguments.add(Timestamp.from(span.end()));
        arguments.add(Timestamp.from(span.start()));
        Map<CrewMemberId, List<TimeWindow>> duties = new HashMap<>();
        jdbc.query("select crew_member_id, duty_start, duty_end from crew_assignment where crew_member_id in ("
                        + placeholders(members.size()) + ") and duty_start < ? and duty_end > ?",
                row -> {
                    duties.computeIfAbsent(CrewMemberId.of(row.getString(1)), id -> new ArrayList<>())
                            .add(new TimeWindow(instant(row, "duty_start"), instant(row, "duty_end")));
                }, arguments.toArray());
        return duties;
    }

    private CrewAssignments assignments(TimeWindow window, CrewLimits limits) {
        List<CrewAssignmentView> assignments = jdbc.query("""
                        select a.view, m.name from crew_assignment a join crew_member m using (crew_member_id)
                         where a.duty_start < ? and a.duty_end > ?
                         order by a.duty_start, a.assignment_id""", this::assignment,
                Timestamp.from(window.end()), Timestamp.from(window.start()));
        Map<CrewMemberId, String> pilots = new LinkedHashMap<>();
        assignments.stream().filter(a -> a.role().isPilot())
                .sorted(java.util.Comparator.comparing(CrewAssignmentView::name)
                        .thenComparing(a -> a.crewMemberId().value()))
                .forEach(a -> pilots.putIfAbsent(a.crewMemberId(), a.name()));
        List<CrewAssignments.PilotFlightTime> figures = new ArrayList<>();
        if (!pilots.isEmpty()) {
            Map<CrewMemberId, List<FlightTimeFigures.Flight>> flights = flightsOf(pilots.keySet(),
                    FlightTimeFigures.span(window), assignments);
            pilots.forEach((id, name) -> figures.add(new CrewAssignments.PilotFlightTime(id, name,
                    FlightTimeFigures.of(flights.getOrDefault(id, List.of()), window, limits))));
        }
        return new CrewAssignments(window.start(), window.end(), assignments, figures);
    }

    /** Every flight of these members in the span, from all their assignments; those listed in the window marked. */
    private Map<CrewMemberId, List<FlightTimeFigures.Flight>> flightsOf(Collection<CrewMemberId> members, TimeWindow span,
                                                                       List<CrewAssignmentView> listed) {
        java.util.Set<AssignmentId> shown = listed.stream().map(CrewAssignmentView::assignmentId)
                .collect(Collectors.toSet());
        List<Object> arguments = new ArrayList<>(members.stream().map(CrewMemberId::value).toList());
        arguments.add(Timestamp.from(span.end()));
        arguments.add(Timestamp.from(span.start()));
        Map<CrewMemberId, List<FlightTimeFigures.Flight>> flights = new HashMap<>();
        jdbc.query("select view from crew_assignment where crew_member_id in (" + placeholders(members.size())
                        + ") and duty_start < ? and duty_end > ?", row -> {
                    CrewAssignmentView view = read(row.getString(1));
                    for (TimeWindow flight : view.flights()) {
                        flights.computeIfAbsent(view.crewMemberId(), k -> new ArrayList<>()).add(
                                new FlightTimeFigures.Flight(flight, view.complement(),
                                        shown.contains(view.assignmentId())));
                    }
                }, arguments.toArray());
        return flights;
    }

    /** Rows of crew_member made views: their qualifications and what they are doing right now, in three queries. */
    private List<CrewMemberView> views(List<MemberRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(MemberRow::crewMemberId).toArray();
        String in = placeholders(ids.length);
        LocalDate today = today();
        Map<String, List<QualificationRow>> qualifications = jdbc.query(
                        "select * from crew_qualification where crew_member_id in (" + in + ") order by type, name",
                        CrewProjection::qualification, ids)
                .stream().collect(Collectors.groupingBy(QualificationRow::crewMemberId));
        Instant now = clock.instant();
        List<Object> nowArguments = new ArrayList<>(List.of(ids));
        nowArguments.add(Timestamp.from(now));
        nowArguments.add(Timestamp.from(now));
        Map<String, CrewMemberView.Availability> unavailable = new HashMap<>();
        jdbc.query("select crew_member_id, kind, window_end from crew_unavailability where crew_member_id in (" + in
                + ") and window_start <= ? and window_end > ? order by window_end", row -> {
            unavailable.putIfAbsent(row.getString(1), new CrewMemberView.Availability(
                    CrewMemberView.AvailabilityStatus.UNAVAILABLE, UnavailabilityKind.valueOf(row.getString(2)), null,
                    instant(row, "window_end")));
        }, nowArguments.toArray());
        Map<String, CrewMemberView.Availability> onDuty = new HashMap<>();
        jdbc.query("select crew_member_id, assignment_id, duty_end from crew_assignment where crew_member_id in (" + in
                + ") and duty_start <= ? and duty_end > ?", row -> {
            onDuty.putIfAbsent(row.getString(1), new CrewMemberView.Availability(
                    CrewMemberView.AvailabilityStatus.ON_DUTY, null, AssignmentId.of(row.getString(2)),
                    instant(row, "duty_end")));
        }, nowArguments.toArray());
        return rows.stream().map(row -> {
            // Sickness or leave marked over a rostered duty is what operations must act on, so it wins.
            CrewMemberView.Availability availability = !row.employed()
                    ? new CrewMemberView.Availability(CrewMemberView.AvailabilityStatus.RELEASED, null, null, null)
                    : unavailable.getOrDefault(row.crewMemberId(), onDuty.getOrDefault(row.crewMemberId(),
                    new CrewMemberView.Availability(CrewMemberView.AvailabilityStatus.AVAILABLE, null, null, null)));
            return new CrewMemberView(CrewMemberId.of(row.crewMemberId()), row.employeeId(), row.name(),
                    row.position(), IcaoCode.of(row.baseAirport()), row.employed(), row.releaseReason(), availability,
                    qualifications(qualifications.getOrDefault(row.crewMemberId(), List.of()), today), row.version());
        }).toList();
    }

    private static CrewMemberView.Qualifications qualifications(List<QualificationRow> rows, LocalDate today) {
        List<CrewMemberView.Licence> licences = new ArrayList<>();
        CrewMemberView.Medical medical = null;
        List<CrewMemberView.TypeRating> typeRatings = new ArrayList<>();
        List<CrewMemberView.Training> training = new ArrayList<>();
        for (QualificationRow q : rows) {
            QualificationStatus status = status(q, today);
            switch (q.type()) {
                case LICENCE -> licences.add(new CrewMemberView.Licence(LicenceKind.valueOf(q.name()), q.number(),
                        q.issuingAuthority(), q.expiresOn(), status));
                case MEDICAL -> medical = new CrewMemberView.Medical(q.medicalClass(), q.expiresOn(), status);
                case TYPE_RATING -> typeRatings.add(new CrewMemberView.TypeRating(q.name(), q.expiresOn(), status));
                case RECURRENT_TRAINING -> training.add(new CrewMemberView.Training(q.name(), q.completedOn(),
                        q.expiresOn(), status));
            }
        }
        return new CrewMemberView.Qualifications(licences, medical, typeRatings, training);
    }

    /**
     * Expired by the date (valid through the expiry day, as the command side judges it), so the
     * view does not wait for the alert; expiring soon once the command side has said so.
     */
    private static QualificationStatus status(QualificationRow q, LocalDate today) {
        if (q.expiresOn() != null && q.expiresOn().isBefore(today)) {
            return QualificationStatus.EXPIRED;
        }
        return q.alert() == null ? QualificationStatus.VALID : QualificationStatus.EXPIRING_SOON;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private CrewAssignmentView assignment(ResultSet row, int i) throws SQLException {
        CrewAssignmentView v = read(row.getString("view"));
        return new CrewAssignmentView(v.assignmentId(), v.crewMemberId(), row.getString("name"), v.bookingId(), v.role(),
                v.complement(), v.typeDesignator(), v.duty(), v.flights(), v.dutySeconds(), v.flightSeconds(),
                v.plannedDuty(), v.plannedFlights(), v.actual(), v.checks(), v.warnings());
    }

    private record MemberRow(String crewMemberId, long version, String employeeId, String name, CrewPosition position,
                             String baseAirport, boolean employed, String releaseReason) {
    }

    private static MemberRow member(ResultSet row, int i) throws SQLException {
        return new MemberRow(row.getString("crew_member_id"), row.getLong("version"), row.getString("employee_id"),
                row.getString("name"), CrewPosition.valueOf(row.getString("position")), row.getString("base_airport"),
                row.getBoolean("employed"), row.getString("release_reason"));
    }

    private record QualificationRow(String crewMemberId, QualificationType type, String name, String number,
                                    String issuingAuthority, int medicalClass, LocalDate completedOn,
                                    LocalDate expiresOn, String alert) {
    }

    private static QualificationRow qualification(ResultSet row, int i) throws SQLException {
        return new QualificationRow(row.getString("crew_member_id"), QualificationType.valueOf(row.getString("type")),
                row.getString("name"), row.getString("number"), row.getString("issuing_authority"),
                row.getInt("medical_class"), row.getObject("completed_on", LocalDate.class),
                row.getObject("expires_on", LocalDate.class), row.getString("alert"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static SqlParameterValue date(LocalDate date) {
        return new SqlParameterValue(Types.DATE, date == null ? null : Date.valueOf(date));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static long seconds(List<TimeWindow> flights) {
        return flights.stream().map(TimeWindow::duration).reduce(Duration.ZERO, Duration::plus).toSeconds();
    }

    /** Lists an older event may lack are empty, never null. */
    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private String write(CrewAssignmentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CrewAssignmentView read(String value) {
        try {
            return json.readValue(value, CrewAssignmentView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
