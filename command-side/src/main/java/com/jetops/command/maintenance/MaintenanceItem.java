package com.jetops.command.maintenance;

import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.CancelMaintenanceWorkCommand;
import com.jetops.api.maintenance.CompleteMaintenanceItemCommand;
import com.jetops.api.maintenance.DeferDefectCommand;
import com.jetops.api.maintenance.DefectDeferredEvent;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.MaintenanceDueSoonEvent;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemRecurredEvent;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.api.maintenance.MaintenanceOverdueRevokedEvent;
import com.jetops.api.maintenance.MaintenanceStatus;
import com.jetops.api.maintenance.MaintenanceWorkCancelledEvent;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.api.maintenance.MelCategory;
import com.jetops.api.maintenance.OpenMaintenanceItemCommand;
import com.jetops.api.maintenance.Recurrence;
import com.jetops.api.maintenance.StartMaintenanceWorkCommand;
import com.jetops.api.maintenance.TrackAircraftUtilizationCommand;
import com.jetops.command.aircraft.KnownAircraft;
import com.jetops.command.infra.EventClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One maintenance task of one aircraft: an inspection, an airworthiness directive, a component
 * overhaul or a defect. PLANNED, then IN_WORK (the aircraft is blocked for the work window),
 * then COMPLETED, or back to PLANNED at its next due point when it recurs. A defect may be
 * DEFERRED under the minimum equipment list instead, unless it was opened as non-deferrable.
 */
@SnapshotByFields
@Aggregate(snapshotTriggerDefinition = "eventCountSnapshotTrigger", cache = "aggregateCache")
public class MaintenanceItem {
    static final String DUE_SOON = "maintenance-due-soon";
    static final String OVERDUE = "maintenance-overdue";
    static final String DEFERRAL_EXPIRED = "maintenance-deferral-expired";
    static final long WARNING_HOURS = 25;
    static final long WARNING_CYCLES = 25;

    @AggregateIdentifier
    private MaintenanceItemId maintenanceItemId;
    private AircraftId aircraftId;
    private MaintenanceKind kind;
    private String description;
    private String adNumber;
    private Recurrence recurrence;
    private MaintenanceStatus status;
    private DuePoint due;
    private boolean dueSoonSignalled;
    private boolean overdueSignalled;
    private LocalDate deferredUntil;
    private boolean nonDeferrable;

    protected MaintenanceItem() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public MaintenanceItem(OpenMaintenanceItemCommand command, KnownAircraft aircraft, DeadlineManager deadlines) {
        Require.present(command.maintenanceItemId(), "maintenanceItemId");
        AircraftId aircraftId = Require.present(command.aircraftId(), "aircraftId");
        if (!aircraft.exists(aircraftId)) {
            throw new RuleViolationException(ErrorCode.AIRCRAFT_NOT_FOUND, "aircraftId",
                    "No aircraft " + aircraftId + " in the fleet");
        }
        MaintenanceKind kind = Require.present(command.kind(), "kind");
        if (kind == MaintenanceKind.AIRWORTHINESS_DIRECTIVE) {
            Require.text(command.adNumber(), "adNumber", 40);
        } else if (command.adNumber() != null) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "adNumber",
                    "adNumber is only for airworthiness directives");
        }
        Require.text(command.description(), "description", 2000);
        if (kind != MaintenanceKind.DEFECT) {
            checkDue(Require.present(command.due(), "due"));
        } else if (command.due() != null) {
            checkDue(command.due());
        }
        if (command.recurrence() != null) {
            checkRecurrence(command.recurrence());
        }
        if (kind != MaintenanceKind.DEFECT && command.nonDeferrable() != null) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "nonDeferrable",
                    "nonDeferrable is only for defects");
        }
        Boolean nonDeferrable = kind == MaintenanceKind.DEFECT ? Boolean.TRUE.equals(command.nonDeferrable()) : null;
        apply(new MaintenanceItemOpenedEvent(command.maintenanceItemId(), aircraftId, kind, command.adNumber(),
                command.description().strip(), command.due(), command.recurrence(), nonDeferrable));
        scheduleDateAlerts(deadlines, command.due());
    }

    /**
     * The aircraft's totals after a flown leg or a flight-log correction (sent by
     * MaintenanceDueTracking). Due soon within {@link #WARNING_HOURS} hours or
     * {@link #WARNING_CYCLES} cycles; overdue at the due point. Each is raised once per due point,
     * unless a correction takes the totals back below it: then the overdue is revoked (and may
     * be raised again later), provided no date keeps the item overdue.
     */
    @CommandHandler
    long handle(TrackAircraftUtilizationCommand command) {
        if (status == MaintenanceStatus.COMPLETED || due == null) {
            return AggregateLifecycle.getVersion();
        }
        boolean overdue = reached(due.atAirborneHours(), command.airborneHours(), 0)
                || reached(due.atCycles(), command.cycles(), 0);
        boolean soon = reached(due.atAirborneHours(), command.airborneHours(), WARNING_HOURS)
                || reached(due.atCycles(), command.cycles(), WARNING_CYCLES);
        if (overdueSignalled && !overdue && !pastADate()) {
            apply(new MaintenanceOverdueRevokedEvent(maintenanceItemId, aircraftId, kind, due,
                    command.airborneHours(), command.cycles()));
        }
        raise(overdue, soon);
        return AggregateLifecycle.getVersion();
    }

    /**
     * Whether the due date or an MEL deferral has passed (the date alerts fire the day after).
     * Such an item stays overdue whatever the hours say, so it is never released by mistake.
     */
    private boolean pastADate() {
        LocalDate today = EventClock.today();
        return (due.onDate() != null && today.isAfter(due.onDate()))
                || (deferredUntil != null && today.isAfter(deferredUntil));
    }

    private static boolean reached(Long dueAt, long current, long margin) {
        return dueAt != null && current >= dueAt - margin;
    }

    private void raise(boolean overdue, boolean soon) {
        if (overdue && !overdueSignalled) {
            apply(new MaintenanceOverdueEvent(maintenanceItemId, aircraftId, kind, adNumber, description, due));
        } else if (soon && !overdue && !dueSoonSignalled) {
            apply(new MaintenanceDueSoonEvent(maintenanceItemId, aircraftId, kind, due));
        }
    }

    /** A recurrence records a new due point; the old one's alerts then find it changed and do nothing. */
    private static void scheduleDateAlerts(DeadlineManager deadlines, DuePoint due) {
        if (due != null && due.onDate() != null) {
            EventClock.scheduleDateAlerts(deadlines, due.onDate(), DUE_SOON, OVERDUE, due);
        }
    }

    @DeadlineHandler(deadlineName = DUE_SOON)
    void dueSoonByDate(DuePoint scheduledFor) {
        if (scheduledFor.equals(due) && status != MaintenanceStatus.COMPLETED) {
            raise(false, true);
        }
    }

    /** A deferral that runs out with the defect still open makes it overdue (and the aircraft unairworthy). */
    @DeadlineHandler(deadlineName = DEFERRAL_EXPIRED)
    void deferralExpired(LocalDate deferredUntil) {
        if (status == MaintenanceStatus.DEFERRED && deferredUntil.equals(this.deferredUntil) && !overdueSignalled) {
            apply(new MaintenanceOverdueEvent(maintenanceItemId, aircraftId, kind, adNumber, description,
                    new DuePoint(null, null, deferredUntil)));
        }
    }

    @DeadlineHandler(deadlineName = OVERDUE)
    void overdueByDate(DuePoint scheduledFor) {
        if (scheduledFor.equals(due) && status != MaintenanceStatus.COMPLETED) {
            raise(true, true);
        }
    }

    @CommandHandler
    long handle(StartMaintenanceWorkCommand command) {
        requireStatus("start work on", MaintenanceStatus.PLANNED, MaintenanceStatus.DEFERRED);
        TimeWindow window = Require.present(command.workWindow(), "workWindow");
        apply(new MaintenanceWorkStartedEvent(maintenanceItemId, aircraftId, window, description));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CancelMaintenanceWorkCommand command) {
        requireStatus("cancel work on", MaintenanceStatus.IN_WORK);
        apply(new MaintenanceWorkCancelledEvent(maintenanceItemId, aircraftId,
                Require.text(command.reason(), "reason", 1000)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CompleteMaintenanceItemCommand command, DeadlineManager deadlines) {
        requireStatus("complete", MaintenanceStatus.IN_WORK);
        String signedOffBy = Require.text(command.signedOffBy(), "signedOffBy", 200);
        LocalDate completedOn = Require.date(command.completedOn(), "completedOn");
        Require.that(completedOn, d -> !d.isAfter(EventClock.today()), "completedOn", "completedOn must not be in the future");
        Require.that(command.airborneHoursAtCompletion(), h -> h >= 0, "airborneHoursAtCompletion",
                "airborneHoursAtCompletion must be 0 or more");
        Require.that(command.cyclesAtCompletion(), c -> c >= 0, "cyclesAtCompletion", "cyclesAtCompletion must be 0 or more");
        Money cost = Require.present(command.cost(), "cost");
        Require.that(cost, c -> c.amount().signum() >= 0, "cost", "cost must not be negative");
        List<String> parts = command.partsUsed() == null ? List.of() : command.partsUsed();
        parts.forEach(part -> Require.text(part, "partsUsed", 200));
        String provider = Require.text(command.provider(), "provider", 200);
        apply(new MaintenanceItemCompletedEvent(maintenanceItemId, aircraftId, signedOffBy, completedOn,
                command.airborneHoursAtCompletion(), command.cyclesAtCompletion(), cost, List.copyOf(parts), provider));
        if (recurrence != null) {
            DuePoint next = new DuePoint(
                    recurrence.everyAirborneHours() == null ? null
                            : command.airborneHoursAtCompletion() + recurrence.everyAirborneHours(),
                    recurrence.everyCycles() == null ? null : command.cyclesAtCompletion() + recurrence.everyCycles(),
                    recurrence.everyMonths() == null ? null : completedOn.plusMonths(recurrence.everyMonths()));
            apply(new MaintenanceItemRecurredEvent(maintenanceItemId, aircraftId, next));
            scheduleDateAlerts(deadlines, next);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DeferDefectCommand command, DeadlineManager deadlines) {
        if (kind != MaintenanceKind.DEFECT) {
            throw new RuleViolationException(ErrorCode.DEFERRAL_NOT_ALLOWED, null,
                    "Only a defect can be deferred; this is " + kind);
        }
        if (nonDeferrable) {
            throw new RuleViolationException(ErrorCode.DEFERRAL_NOT_ALLOWED, null,
                    "This defect was opened as non-deferrable: the aircraft stays grounded until it is completed");
        }
        requireStatus("defer", MaintenanceStatus.PLANNED);
        MelCategory category = Require.present(command.category(), "category");
        String reference = Require.text(command.melReference(), "melReference", 60);
        LocalDate until;
        if (category.days() == null) {
            until = Require.date(command.deferredUntil(), "deferredUntil");
            Require.that(until, d -> d.isAfter(EventClock.today()), "deferredUntil", "deferredUntil must be after today");
        } else {
            LocalDate limit = EventClock.today().plusDays(category.days());
            until = command.deferredUntil() == null ? limit : command.deferredUntil();
            if (until.isAfter(limit)) {
                throw new RuleViolationException(ErrorCode.DEFERRAL_NOT_ALLOWED, "deferredUntil",
                        "MEL category " + category + " allows " + category.days() + " days, until " + limit);
            }
        }
        apply(new DefectDeferredEvent(maintenanceItemId, aircraftId, category, reference, until));
        deadlines.schedule(EventClock.startOfDayNotBeforeNow(until.plusDays(1)), DEFERRAL_EXPIRED, until);
        return AggregateLifecycle.getVersion();
    }

    private void requireStatus(String action, MaintenanceStatus... allowed) {
        for (MaintenanceStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolationException(ErrorCode.MAINTENANCE_STATE, null,
                "Cannot " + action + " an item that is " + status);
    }

    private static void checkDue(DuePoint due) {
        if (due.atAirborneHours() == null && due.atCycles() == null && due.onDate() == null) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, "due",
                    "due needs at least one of atAirborneHours, atCycles, onDate");
        }
        Require.that(due.atAirborneHours(), h -> h == null || h > 0, "due.atAirborneHours", "must be more than 0");
        if (due.onDate() != null) {
            Require.date(due.onDate(), "due.onDate");
        }
        Require.that(due.atCycles(), c -> c == null || c > 0, "due.atCycles", "must be more than 0");
    }

    private static void checkRecurrence(Recurrence recurrence) {
        if (recurrence.everyAirborneHours() == null && recurrence.everyCycles() == null
                && recurrence.everyMonths() == null) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, "recurrence",
                    "recurrence needs at least one of everyAirborneHours, everyCycles, everyMonths");
        }
        Require.that(recurrence.everyAirborneHours(), h -> h == null || h > 0, "recurrence.everyAirborneHours",
                "must be more than 0");
        Require.that(recurrence.everyCycles(), c -> c == null || c > 0, "recurrence.everyCycles", "must be more than 0");
        Require.that(recurrence.everyMonths(), m -> m == null || (m > 0 && m <= 240), "recurrence.everyMonths",
                "must be between 1 and 240");
    }

    @EventSourcingHandler
    void on(MaintenanceItemOpenedEvent event) {
        maintenanceItemId = event.maintenanceItemId();
        aircraftId = event.aircraftId();
        kind = event.kind();
        adNumber = event.adNumber();
        due = event.due();
        description = event.description();
        recurrence = event.recurrence();
        nonDeferrable = Boolean.TRUE.equals(event.nonDeferrable());
        status = MaintenanceStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(MaintenanceWorkStartedEvent event) {
        status = MaintenanceStatus.IN_WORK;
    }

    @EventSourcingHandler
    void on(MaintenanceWorkCancelledEvent event) {
        status = MaintenanceStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(MaintenanceItemCompletedEvent event) {
        status = MaintenanceStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(MaintenanceItemRecurredEvent event) {
        status = MaintenanceStatus.PLANNED;
        due = event.due();
        deferredUntil = null;
        dueSoonSignalled = false;
        overdueSignalled = false;
    }

    @EventSourcingHandler
    void on(MaintenanceDueSoonEvent event) {
        dueSoonSignalled = true;
    }

    @EventSourcingHandler
    void on(MaintenanceOverdueEvent event) {
        dueSoonSignalled = true;
        overdueSignalled = true;
    }

    @EventSourcingHandler
    void on(MaintenanceOverdueRevokedEvent event) {
        dueSoonSignalled = false;
        overdueSignalled = false;
    }

    @EventSourcingHandler
    void on(DefectDeferredEvent event) {
        status = MaintenanceStatus.DEFERRED;
        deferredUntil = event.deferredUntil();
    }
}
