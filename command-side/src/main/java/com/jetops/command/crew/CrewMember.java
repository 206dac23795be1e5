package com.jetops.command.crew;

import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.ActualDutyRecordedEvent;
import com.jetops.api.crew.AssignCrewMemberCommand;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.ClearCrewUnavailabilityCommand;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberAssignedEvent;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewMemberUnassignedEvent;
import com.jetops.api.crew.CrewMemberUnavailableEvent;
import com.jetops.api.crew.CrewMemberUpdatedEvent;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.CrewUnavailabilityClearedEvent;
import com.jetops.api.crew.HireCrewMemberCommand;
import com.jetops.api.crew.FtlRule;
import com.jetops.api.crew.LegalityCheck;
import com.jetops.api.crew.LicenceKind;
import com.jetops.api.crew.LicenceRecordedEvent;
import com.jetops.api.crew.MarkCrewUnavailableCommand;
import com.jetops.api.crew.MedicalRecordedEvent;
import com.jetops.api.crew.Qualification;
import com.jetops.api.crew.QualificationExpiredEvent;
import com.jetops.api.crew.QualificationExpiringSoonEvent;
import com.jetops.api.crew.QualificationType;
import com.jetops.api.crew.RecordActualDutyCommand;
import com.jetops.api.crew.RecordLicenceCommand;
import com.jetops.api.crew.RosterWarning;
import com.jetops.api.crew.RecordMedicalCommand;
import com.jetops.api.crew.RecordTrainingCommand;
import com.jetops.api.crew.RecordTypeRatingCommand;
import com.jetops.api.crew.ReleaseCrewMemberCommand;
import com.jetops.api.crew.TrainingRecordedEvent;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import com.jetops.api.crew.UnassignCrewMemberCommand;
import com.jetops.api.crew.UnavailabilityId;
import com.jetops.api.crew.UpdateCrewMemberCommand;
import com.jetops.api.reference.Airports;
import com.jetops.command.infra.EventClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A pilot or flight attendant. It owns what decides whether it may fly a trip: position,
 * licences, medical, type ratings, unavailability and the duty ledger checked against the
 * operator's flight-time, duty and rest limits (Part 135.267 by default).
 */
@SnapshotByFields
@Aggregate(snapshotTriggerDefinition = "eventCountSnapshotTrigger", cache = "aggregateCache")
public class CrewMember {
    private static final Pattern TYPE_DESIGNATOR = Pattern.compile("[A-Z][A-Z0-9]{1,3}");
    static final String EXPIRING_SOON = "qualification-expiring-soon";
    static final String EXPIRED = "qualification-expired";

    @AggregateIdentifier
    private CrewMemberId crewMemberId;
    private String name;
    private CrewPosition position;
    private boolean released;
    private Map<LicenceKind, LocalDate> licenceExpiry = new EnumMap<>(LicenceKind.class);
    private LocalDate medicalExpiry;
    /** Type designator to expiry; a null expiry never lapses. */
    private Map<String, LocalDate> typeRatings = new HashMap<>();
    private Map<String, LocalDate> trainingDue = new HashMap<>();
    private Map<UnavailabilityId, TimeWindow> unavailability = new HashMap<>();
    private DutyLedger ledger = new DutyLedger();

    protected CrewMember() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public CrewMember(HireCrewMemberCommand command, Airports airports, EmployeeIdClaims employeeIds) {
        Require.present(command.crewMemberId(), "crewMemberId");
        String employeeId = Require.text(command.employeeId(), "employeeId", 40);
        String fullName = Require.text(command.name(), "name", 200);
        Require.present(command.position(), "position");
        knownAirport(airports, command.baseAirport());
        checkContact(command.contact());
        if (!employeeIds.claim(employeeId, command.crewMemberId())) {
            throw new RuleViolationException(ErrorCode.EMPLOYEE_ID_TAKEN, "employeeId",
                    "Employee id " + employeeId + " belongs to another crew member");
        }
        apply(new CrewMemberHiredEvent(command.crewMemberId(), employeeId, fullName, command.position(),
                command.baseAirport(), command.contact()));
    }

    @CommandHandler
    long handle(UpdateCrewMemberCommand command, Airports airports) {
        requireEmployed();
        String fullName = Require.text(command.name(), "name", 200);
        knownAirport(airports, command.baseAirport());
        checkContact(command.contact());
        apply(new CrewMemberUpdatedEvent(crewMemberId, fullName, command.baseAirport(), command.contact()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReleaseCrewMemberCommand command) {
        String reason = Require.text(command.reason(), "reason", 500);
        if (released) {
            return AggregateLifecycle.getVersion();
        }
        if (ledger.hasDutyEndingAfter(EventClock.now())) {
            throw new RuleViolationException(ErrorCode.CREW_HAS_ASSIGNMENTS, null,
                    name + " still has assignments ahead; unassign them first");
        }
        apply(new CrewMemberReleasedEvent(crewMemberId, reason));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordLicenceCommand command, DeadlineManager deadlines) {
        requireEmployed();
        Require.present(command.kind(), "kind");
        Require.text(command.number(), "number", 60);
        Require.text(command.issuingAuthority(), "issuingAuthority", 100);
        Require.date(command.expiresOn(), "expiresOn");
        apply(new LicenceRecordedEvent(crewMemberId, command.kind(), command.number().strip(),
                command.issuingAuthority().strip(), command.expiresOn()));
        scheduleAlerts(deadlines, new Qualification(QualificationType.LICENCE, command.kind().name()),
                command.expiresOn());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordTypeRatingCommand command, DeadlineManager deadlines) {
        requireEmployed();
        Require.that(Require.present(command.typeDesignator(), "typeDesignator"),
                t -> TYPE_DESIGNATOR.matcher(t).matches(), "typeDesignator",
                "typeDesignator must be an ICAO aircraft type designator (e.g. GLF6)");
        apply(new TypeRatingRecordedEvent(crewMemberId, command.typeDesignator(), command.expiresOn()));
        if (command.expiresOn() != null) {
            Require.date(command.expiresOn(), "expiresOn");
            scheduleAlerts(deadlines, new Qualification(QualificationType.TYPE_RATING, command.typeDesignator()),
                    command.expiresOn());
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordMedicalCommand command, DeadlineManager deadlines) {
        requireEmployed();
        Require.that(command.medicalClass(), c -> c >= 1 && c <= 3, "medicalClass", "medicalClass must be 1, 2 or 3");
        Require.date(command.expiresOn(), "expiresOn");
        apply(new MedicalRecordedEvent(crewMemberId, command.medicalClass(), command.expiresOn()));
        scheduleAlerts(deadlines, new Qualification(QualificationType.MEDICAL, ""), command.expiresOn());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordTrainingCommand command, DeadlineManager deadlines) {
        requireEmployed();
        String course = Require.text(command.course(), "course", 200);
        LocalDate completed = Require.date(command.completedOn(), "completedOn");
        Require.that(Require.date(command.nextDueOn(), "nextDueOn"), due -> due.isAfter(completed), "nextDueOn",
                "nextDueOn must be after completedOn");
        apply(new TrainingRecordedEvent(crewMemberId, course, completed, command.nextDueOn()));
        scheduleAlerts(deadlines, new Qualification(QualificationType.RECURRENT_TRAINING, course), command.nextDueOn());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkCrewUnavailableCommand command) {
        requireEmployed();
        Require.present(command.unavailabilityId(), "unavailabilityId");
        Require.present(command.kind(), "kind");
        TimeWindow window = Require.present(command.window(), "window");
        if (!unavailability.containsKey(command.unavailabilityId())) {
            apply(new CrewMemberUnavailableEvent(crewMemberId, command.unavailabilityId(), command.kind(), window));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ClearCrewUnavailabilityCommand command) {
        if (!unavailability.containsKey(Require.present(command.unavailabilityId(), "unavailabilityId"))) {
            throw new RuleViolationException(ErrorCode.UNAVAILABILITY_NOT_FOUND, "unavailabilityId",
                    "No unavailability " + command.unavailabilityId() + " for " + name);
        }
        apply(new CrewUnavailabilityClearedEvent(crewMemberId, command.unavailabilityId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssignCrewMemberCommand command, FtlLimits limits) {
        requireEmployed();
        AssignmentId assignmentId = Require.present(command.assignmentId(), "assignmentId");
        Require.present(command.bookingId(), "bookingId");
        CrewRole role = Require.present(command.role(), "role");
        CrewComplement complement = Require.present(command.complement(), "complement");
        TimeWindow duty = Require.present(command.duty(), "duty");
        List<TimeWindow> flights = checkFlightsWithin(command.flights(), duty);
        if (ledger.contains(assignmentId)) {
            return AggregateLifecycle.getVersion();
        }
        checkRole(role, complement);
        checkAvailable(duty);
        DutyLedger.Duty candidate = new DutyLedger.Duty(duty, flights);
        List<LegalityCheck> checks;
        if (role.isPilot()) {
            checkPilotQualifications(command.typeDesignator(), flights);
            checks = ledger.evaluate(candidate, complement, limits);
        } else {
            checks = List.of(DutyLedger.dutyPeriod(candidate, limits));
        }
        checks.stream().filter(check -> !check.withinLimit()).findFirst().ifPresent(broken -> {
            throw new RuleViolationException(ErrorCode.valueOf("FTL_" + broken.rule().name()), null,
                    describe(broken));
        });
        List<RosterWarning> warnings = role.isPilot()
                ? ledger.quarterRestWarnings(candidate, limits.restPeriodsPerQuarter()) : List.of();
        apply(new CrewMemberAssignedEvent(crewMemberId, assignmentId, command.bookingId(), role, complement,
                command.typeDesignator(), duty, flights, checks, warnings));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Actual times after the trip. An overrun beyond anyone's control past the planned release
     * sets the longer rest owed before the next duty; assignments already rostered inside the
     * actual duty or that rest are named in the event (operations must re-crew them).
     */
    @CommandHandler
    long handle(RecordActualDutyCommand command, FtlLimits limits) {
        AssignmentId assignmentId = Require.present(command.assignmentId(), "assignmentId");
        DutyLedger.Duty planned = ledger.duty(assignmentId).orElseThrow(() -> new RuleViolationException(
                ErrorCode.ASSIGNMENT_NOT_FOUND, "assignmentId", name + " has no assignment " + assignmentId));
        TimeWindow duty = Require.present(command.duty(), "duty");
        List<TimeWindow> flights = checkFlightsWithin(command.flights(), duty);
        // Reported on arrival, so the release may still lie ahead; the flying must be over.
        Require.that(flights, f -> f.stream().noneMatch(flight -> flight.end().isAfter(EventClock.now())), "flights",
                "actual times can only be reported once the flights have landed");
        Duration overrun = Duration.between(planned.period().end(), duty.end());
        overrun = overrun.isNegative() ? Duration.ZERO : overrun;
        Duration restAfter = command.overrunBeyondControl() && !overrun.isZero() ? limits.restAfterOverrun(overrun) : null;
        // Assignments reporting during the actual duty, or during the longer rest it now demands.
        List<AssignmentId> inRest = ledger.startingWithin(
                new TimeWindow(duty.start(), restAfter == null ? duty.end() : duty.end().plus(restAfter)), assignmentId);
        apply(new ActualDutyRecordedEvent(crewMemberId, assignmentId, planned.period(), duty, flights,
                command.overrunBeyondControl(), overrun.toMinutes(), restAfter == null ? null : restAfter.toMinutes(),
                inRest));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(UnassignCrewMemberCommand command) {
        if (!ledger.contains(Require.present(command.assignmentId(), "assignmentId"))) {
            throw new RuleViolationException(ErrorCode.ASSIGNMENT_NOT_FOUND, "assignmentId",
                    name + " has no assignment " + command.assignmentId());
        }
        apply(new CrewMemberUnassignedEvent(crewMemberId, command.assignmentId(),
                Require.text(command.reason(), "reason", 500)));
        return AggregateLifecycle.getVersion();
    }

    /** A renewal records a new expiry; the old one's alerts then find it changed and do nothing. */
    private static void scheduleAlerts(DeadlineManager deadlines, Qualification qualification, LocalDate expiresOn) {
        EventClock.scheduleDateAlerts(deadlines, expiresOn, EXPIRING_SOON, EXPIRED,
                new QualificationExpiry(qualification, expiresOn));
    }

    @DeadlineHandler(deadlineName = EXPIRING_SOON)
    void expiringSoon(QualificationExpiry expiry) {
        if (!released && expiry.expiresOn().equals(currentExpiry(expiry.qualification()))) {
            apply(new QualificationExpiringSoonEvent(crewMemberId, expiry.qualification(), expiry.expiresOn()));
        }
    }

    @DeadlineHandler(deadlineName = EXPIRED)
    void expired(QualificationExpiry expiry) {
        if (!released && expiry.expiresOn().equals(currentExpiry(expiry.qualification()))) {
            apply(new QualificationExpiredEvent(crewMemberId, expiry.qualification(), expiry.expiresOn()));
        }
    }

    private LocalDate currentExpiry(Qualification qualification) {
        return switch (qualification.type()) {
            case LICENCE -> licenceExpiry.get(LicenceKind.valueOf(qualification.name()));
            case MEDICAL -> medicalExpiry;
            case TYPE_RATING -> typeRatings.get(qualification.name());
            case RECURRENT_TRAINING -> trainingDue.get(qualification.name());
        };
    }

    /** "flight time in 24 consecutive hours would be 10.5 h, limit 10 h" */
    static String describe(LegalityCheck check) {
        String what = switch (check.rule()) {
            case FLIGHT_TIME_24_HOURS -> "flight time in 24 consecutive hours would be ";
            case REST_BEFORE_COMPLETION -> "the longest rest in the 24 h before the assignment ends would be ";
            case DUTY_PERIOD -> "the duty period would be ";
            case FLIGHT_TIME_QUARTER -> "flight time in the calendar quarter would be ";
            case FLIGHT_TIME_TWO_QUARTERS -> "flight time in two consecutive quarters would be ";
            case FLIGHT_TIME_YEAR -> "flight time in the calendar year would be ";
            case REST_AFTER_OVERRUN -> "the rest after the last duty's overrun would be ";
            case REST_PERIODS_QUARTER -> "rest periods of 24 h in the quarter would be ";
        };
        boolean minimum = check.rule() == FtlRule.REST_BEFORE_COMPLETION || check.rule() == FtlRule.REST_AFTER_OVERRUN;
        String limit = minimum ? ", minimum " : ", limit ";
        return what + hours(check.actualSeconds()) + limit + hours(check.limitSeconds());
    }

    private static String hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " h";
    }

    private static List<TimeWindow> checkFlightsWithin(List<TimeWindow> flights, TimeWindow duty) {
        Require.that(Require.present(flights, "flights"), f -> !f.isEmpty() && f.size() <= 20, "flights",
                "a duty has between 1 and 20 flights");
        for (TimeWindow flight : flights) {
            Require.that(flight, f -> f != null && !f.start().isBefore(duty.start()) && !f.end().isAfter(duty.end()),
                    "flights", "every flight must lie within the duty period");
        }
        return List.copyOf(flights);
    }

    private void checkRole(CrewRole role, CrewComplement complement) {
        boolean allowed = switch (position) {
            case CAPTAIN -> role != CrewRole.CABIN;
            case FIRST_OFFICER -> role == CrewRole.SECOND_IN_COMMAND;
            case FLIGHT_ATTENDANT -> role == CrewRole.CABIN;
        };
        if (!allowed || (complement == CrewComplement.ONE_PILOT && role == CrewRole.SECOND_IN_COMMAND)) {
            throw new RuleViolationException(ErrorCode.ROLE_NOT_ALLOWED, "role",
                    "A " + position + " cannot fly as " + role + " on a " + complement + " crew");
        }
    }

    private void checkAvailable(TimeWindow duty) {
        unavailability.entrySet().stream().filter(u -> u.getValue().overlaps(duty)).findFirst().ifPresent(u -> {
            throw new RuleViolationException(ErrorCode.CREW_UNAVAILABLE, "duty",
                    name + " is unavailable from " + u.getValue().start() + " to " + u.getValue().end());
        });
        ledger.overlapping(duty).ifPresent(other -> {
            throw new RuleViolationException(ErrorCode.CREW_UNAVAILABLE, "duty",
                    name + " is already on duty then (assignment " + other + ")");
        });
    }

    /** Licence, medical and type rating must be valid on the date of the last flight. */
    private void checkPilotQualifications(String typeDesignator, List<TimeWindow> flights) {
        LocalDate lastFlightDate = flights.stream().map(TimeWindow::end).max(Comparator.naturalOrder())
                .map(end -> LocalDate.ofInstant(end, ZoneOffset.UTC)).orElseThrow();
        boolean licensed = licenceExpiry.entrySet().stream()
                .anyMatch(l -> l.getKey().entitlesPilot() && !l.getValue().isBefore(lastFlightDate));
        if (!licensed) {
            throw new RuleViolationException(ErrorCode.LICENCE_MISSING_OR_EXPIRED, null,
                    name + " holds no pilot licence valid on " + lastFlightDate);
        }
        if (medicalExpiry == null || medicalExpiry.isBefore(lastFlightDate)) {
            throw new RuleViolationException(ErrorCode.MEDICAL_MISSING_OR_EXPIRED, null,
                    name + " holds no medical certificate valid on " + lastFlightDate);
        }
        String type = Require.present(typeDesignator, "typeDesignator");
        boolean rated = typeRatings.containsKey(type)
                && (typeRatings.get(type) == null || !typeRatings.get(type).isBefore(lastFlightDate));
        if (!rated) {
            throw new RuleViolationException(ErrorCode.TYPE_RATING_MISSING_OR_EXPIRED, "typeDesignator",
                    name + " holds no " + type + " type rating valid on " + lastFlightDate);
        }
    }

    private void requireEmployed() {
        if (released) {
            throw new RuleViolationException(ErrorCode.CREW_MEMBER_RELEASED, null, name + " has left the operator");
        }
    }

    private static void knownAirport(Airports airports, IcaoCode base) {
        Require.present(base, "baseAirport");
        if (!airports.contains(base)) {
            throw new RuleViolationException(ErrorCode.UNKNOWN_AIRPORT, "baseAirport",
                    "No airport " + base + " in the reference data");
        }
    }

    private static void checkContact(CrewContact contact) {
        Require.present(contact, "contact");
        Require.text(contact.phone(), "contact.phone", 25);
        Require.text(contact.emergencyContactName(), "contact.emergencyContactName", 200);
        Require.text(contact.emergencyContactPhone(), "contact.emergencyContactPhone", 25);
    }

    @EventSourcingHandler
    void on(CrewMemberHiredEvent event) {
        crewMemberId = event.crewMemberId();
        name = event.name();
        position = event.position();
    }

    @EventSourcingHandler
    void on(CrewMemberUpdatedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(CrewMemberReleasedEvent event) {
        released = true;
    }

    @EventSourcingHandler
    void on(LicenceRecordedEvent event) {
        licenceExpiry.put(event.kind(), event.expiresOn());
    }

    @EventSourcingHandler
    void on(TypeRatingRecordedEvent event) {
        typeRatings.put(event.typeDesignator(), event.expiresOn());
    }

    @EventSourcingHandler
    void on(MedicalRecordedEvent event) {
        medicalExpiry = event.expiresOn();
    }

    @EventSourcingHandler
    void on(TrainingRecordedEvent event) {
        trainingDue.put(event.course(), event.nextDueOn());
    }

    @EventSourcingHandler
    void on(CrewMemberUnavailableEvent event) {
        unavailability.put(event.unavailabilityId(), event.window());
    }

    @EventSourcingHandler
    void on(CrewUnavailabilityClearedEvent event) {
        unavailability.remove(event.unavailabilityId());
    }

    @EventSourcingHandler
    void on(CrewMemberAssignedEvent event) {
        ledger.add(event.assignmentId(), new DutyLedger.Duty(event.duty(), event.flights()));
    }

    @EventSourcingHandler
    void on(ActualDutyRecordedEvent event) {
        ledger.add(event.assignmentId(), new DutyLedger.Duty(event.duty(), event.flights(),
                event.requiredRestMinutes() == null ? null : Duration.ofMinutes(event.requiredRestMinutes())));
    }

    @EventSourcingHandler
    void on(CrewMemberUnassignedEvent event) {
        ledger.remove(event.assignmentId());
    }
}
