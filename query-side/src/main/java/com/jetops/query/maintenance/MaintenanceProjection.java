package com.jetops.query.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.AircraftMaintenance;
import com.jetops.api.maintenance.DefectDeferredEvent;
import com.jetops.api.maintenance.DueNext;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.FindAircraftMaintenanceQuery;
import com.jetops.api.maintenance.FindMaintenanceItemQuery;
import com.jetops.api.maintenance.ListMaintenanceDueQuery;
import com.jetops.api.maintenance.ListMaintenanceItemsQuery;
import com.jetops.api.maintenance.MaintenanceCompletionView;
import com.jetops.api.maintenance.MaintenanceDueList;
import com.jetops.api.maintenance.MaintenanceDueSoonEvent;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemDetails;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemPage;
import com.jetops.api.maintenance.MaintenanceItemRecurredEvent;
import com.jetops.api.maintenance.MaintenanceItemView;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.api.maintenance.MaintenanceOverdueRevokedEvent;
import com.jetops.api.maintenance.MaintenanceStatus;
import com.jetops.api.maintenance.MaintenanceStep;
import com.jetops.api.maintenance.MaintenanceStepType;
import com.jetops.api.maintenance.MaintenanceWorkCancelledEvent;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.api.maintenance.MelCategory;
import com.jetops.api.maintenance.MelDeferral;
import com.jetops.api.maintenance.Recurrence;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * The maintenance read model: one row per item with its current due point, MEL deferral and
 * status, one row per event of the item (its history) and one per sign-off (its aircraft's
 * history). Rows carry the item's event sequence number, so a replayed or redelivered event
 * changes nothing. What is due next is computed when read, the way the MaintenanceItem
 * aggregate decides it, from the fleet read model's totals (joined, not copied) and today's date.
 */
@Component
@ProcessingGroup(MaintenanceProjection.PROCESSING_GROUP)
class MaintenanceProjection {
    static final String PROCESSING_GROUP = "maintenance";

    /**
     * Every item with its aircraft's tail and totals and its margins as of the date bound to the
     * first parameter; callers append "select ... from due ...". As the aggregate counts:
     * hours are whole airborne hours (minutes / 60, rounded down; no fleet row yet counts as
     * zero, as the command side's tracking does); the item is overdue at its hours or cycles and
     * the day after its date. A deferral limits a defect while it is deferred, and stays its
     * limit once it ran out (the overdue then holds until sign-off); after work started or was
     * cancelled before it ran out, the aggregate no longer raises it, so neither does this.
     */
    private static final String DUE = """
            with item as (
                select m.*, f.tail_number,
                       coalesce(f.airborne_minutes, 0) / 60 as aircraft_hours,
                       coalesce(f.cycles, 0) as aircraft_cycles,
                       case when m.status = 'COMPLETED' then null
                            when m.status = 'DEFERRED' or m.overdue then least(m.due_date, m.deferred_until)
                            else m.due_date end as limit_date
                  from maintenance_item m
                  left join fleet_aircraft f on f.aircraft_id = m.aircraft_id
            ), margin as (
                select i.*,
                       case when i.status <> 'COMPLETED' then i.due_hours - i.aircraft_hours end as hours_left,
                       case when i.status <> 'COMPLETED' then i.due_cycles - i.aircraft_cycles end as cycles_left,
                       i.limit_date - cast(? as date) as days_left
                  from item i
            ), due as (
                select g.*,
                       g.status <> 'COMPLETED' and (g.overdue or coalesce(
                           g.hours_left <= 0 or g.cycles_left <= 0 or g.days_left < 0, false)) as past_due
                  from margin g
            )
            """;

    /**
     * Soonest first across units: the smallest share of its window an item has left (days,
     * hours, cycles; the three window sizes are its parameters). Null for an item without limits.
     */
    private static final String SOONEST = "least(days_left / cast(? as numeric), hours_left / cast(? as numeric), "
            + "cycles_left / cast(? as numeric)) nulls last";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    MaintenanceProjection(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    /** {@code clock} gives the date margins count from: a past instant's for an as-of view. */
    MaintenanceProjection(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(MaintenanceItemOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        DuePoint due = event.due() == null ? new DuePoint(null, null, null) : event.due();
        Recurrence every = event.recurrence() == null ? new Recurrence(null, null, null) : event.recurrence();
        int inserted = jdbc.update("""
                        insert into maintenance_item (maintenance_item_id, version, aircraft_id, kind, ad_number,
                            description, status, non_deferrable, due_hours, due_cycles, due_date, every_hours,
                            every_cycles, every_months, due_soon, overdue, opened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?)
                        on conflict (maintenance_item_id) do nothing""",
                event.maintenanceItemId().value(), sequence, event.aircraftId().value(), event.kind().name(),
                event.adNumber(), event.description(), MaintenanceStatus.PLANNED.name(),
                // null in events written before the field existed: it meant false
                Boolean.TRUE.equals(event.nonDeferrable()), due.atAirborneHours(), due.atCycles(), due.onDate(),
                every.everyAirborneHours(), every.everyCycles(), every.everyMonths(), java.sql.Timestamp.from(at));
        if (inserted == 1) {
            step(event.maintenanceItemId(), sequence, at, MaintenanceStepType.OPENED, MaintenanceStatus.PLANNED,
                    "Opened, " + describe(event.due()) + (Boolean.TRUE.equals(event.nonDeferrable())
                            ? "; non-deferrable: the aircraft is grounded until it is completed" : ""));
        }
    }

    @EventHandler
    void on(DefectDeferredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.DEFERRED,
                "Deferred under MEL category " + event.category() + " (" + event.melReference() + ") until "
                        + event.deferredUntil(),
                "status = 'DEFERRED', mel_category = ?, mel_reference = ?, deferred_until = ?",
                event.category().name(), event.melReference(), event.deferredUntil());
    }

    @EventHandler
    void on(MaintenanceWorkStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.WORK_STARTED,
                "Work started; aircraft blocked from " + event.workWindow().start() + " to " + event.workWindow().end(),
                "status = 'IN_WORK', work_start = ?, work_end = ?",
                java.sql.Timestamp.from(event.workWindow().start()), java.sql.Timestamp.from(event.workWindow().end()));
    }

    @EventHandler
    void on(MaintenanceWorkCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.WORK_CANCELLED,
                "Work cancelled: " + event.reason(),
                "status = 'PLANNED', work_start = null, work_end = null");
    }

    /** The sign-off keeps the due point it answered; a recurrence replaces the item's own next. */
    @EventHandler
    void on(MaintenanceItemCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        boolean applied = apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.COMPLETED,
                "Signed off by " + event.signedOffBy() + " on " + event.completedOn() + " at "
                        + event.airborneHoursAtCompletion() + " airborne hours, " + event.cyclesAtCompletion()
                        + " cycles; " + event.provider() + ", " + event.cost(),
                "status = 'COMPLETED', work_start = null, work_end = null, last_completed_on = ?, due_soon = false, "
                        + "overdue = false",
                event.completedOn());
        if (applied) {
            List<String> parts = event.partsUsed() == null ? List.of() : event.partsUsed();
            jdbc.update("""
                            insert into maintenance_completion (maintenance_item_id, sequence, aircraft_id, kind,
                                ad_number, description, due_hours, due_cycles, due_date, completed_on, airborne_hours,
                                cycles, signed_off_by, cost_amount, cost_currency, parts_used, provider)
                            select m.maintenance_item_id, ?, m.aircraft_id, m.kind, m.ad_number, m.description,
                                   m.due_hours, m.due_cycles, m.due_date, ?, ?, ?, ?, ?, ?, ?, ?
                              from maintenance_item m where m.maintenance_item_id = ?
                            on conflict do nothing""",
                    sequence, event.completedOn(), event.airborneHoursAtCompletion(), event.cyclesAtCompletion(),
                    event.signedOffBy(), event.cost().amount(), event.cost().currency().getCurrencyCode(),
                    parts.toArray(String[]::new), event.provider(), event.maintenanceItemId().value());
        }
    }

    /** Planned again at the next due point, with a fresh deferral and fresh warnings, as the aggregate resets them. */
    @EventHandler
    void on(MaintenanceItemRecurredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.RECURRED,
                "Re-opened, " + describe(event.due()),
                "status = 'PLANNED', due_hours = ?, due_cycles = ?, due_date = ?, mel_category = null, "
                        + "mel_reference = null, deferred_until = null, due_soon = false, overdue = false",
                event.due().atAirborneHours(), event.due().atCycles(), event.due().onDate());
    }

    @EventHandler
    void on(MaintenanceDueSoonEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.DUE_SOON,
                "Due soon: " + describe(event.due()), "due_soon = true");
    }

    /** The event's due point is the one that ran out: for an expired deferral, the deferral date. */
    @EventHandler
    void on(MaintenanceOverdueEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.OVERDUE,
                "Overdue: " + describe(event.due()), "due_soon = true, overdue = true");
    }

    @EventHandler
    void on(MaintenanceOverdueRevokedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.maintenanceItemId(), sequence, at, MaintenanceStepType.OVERDUE_REVOKED,
                "No longer overdue: the corrected flight log puts the aircraft at " + event.airborneHours()
                        + " airborne hours, " + event.cycles() + " cycles",
                "due_soon = false, overdue = false");
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from maintenance_step");
        jdbc.update("delete from maintenance_completion");
        jdbc.update("delete from maintenance_item");
    }

    /**
     * Applies a later event of the item to its row and records the step; an event already
     * reflected changes nothing. Events of one item arrive in order, so its row exists; if not,
     * failing makes the processor retry rather than lose the change.
     */
    private boolean apply(MaintenanceItemId itemId, long sequence, Instant at, MaintenanceStepType type, String note,
                          String assignments, Object... values) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(values));
        arguments.addAll(List.of(sequence, itemId.value(), sequence));
        List<String> statusAfter = jdbc.queryForList("update maintenance_item set " + assignments + ", version = ? "
                + "where maintenance_item_id = ? and version < ? returning status", String.class, arguments.toArray());
        if (statusAfter.isEmpty()) {
            Integer rows = jdbc.queryForObject("select count(*) from maintenance_item where maintenance_item_id = ?",
                    Integer.class, itemId.value());
            if (rows == null || rows == 0) {
                throw new IllegalStateException("maintenance row of " + itemId + " missing at sequence " + sequence);
            }
            return false;
        }
        step(itemId, sequence, at, type, MaintenanceStatus.valueOf(statusAfter.get(0)), note);
        return true;
    }

    private void step(MaintenanceItemId itemId, long sequence, Instant at, MaintenanceStepType type,
                      MaintenanceStatus status, String note) {
        jdbc.update("insert into maintenance_step (maintenance_item_id, sequence, at, type, status, note) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                itemId.value(), sequence, java.sql.Timestamp.from(at), type.name(), status.name(), note);
    }

    /** "due at 1200 airborne hours, at 900 cycles or on 2027-01-01, whichever comes first". */
    static String describe(DuePoint due) {
        List<String> limits = new ArrayList<>();
        if (due != null && due.atAirborneHours() != null) {
            limits.add("at " + due.atAirborneHours() + " airborne hours");
        }
        if (due != null && due.atCycles() != null) {
            limits.add("at " + due.atCycles() + " cycles");
        }
        if (due != null && due.onDate() != null) {
            limits.add("on " + due.onDate());
        }
        if (limits.isEmpty()) {
            return "with no due point";
        }
        if (limits.size() == 1) {
            return "due " + limits.get(0);
        }
        return "due " + String.join(", ", limits.subList(0, limits.size() - 1)) + " or " + limits.get(limits.size() - 1)
                + ", whichever comes first";
    }

    /** The date margins count from: the aggregate's, UTC. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @QueryHandler
    MaintenanceItemPage list(ListMaintenanceItemsQuery query) {
        List<Object> arguments = new ArrayList<>(List.of(today()));
        StringBuilder where = new StringBuilder(" where true");
        if (query.aircraftId() != null) {
            where.append(" and aircraft_id = ?");
            arguments.add(query.aircraftId().value());
        }
        if (query.status() != null) {
            where.append(" and status = ?");
            arguments.add(query.status().name());
        }
        if (query.kind() != null) {
            where.append(" and kind = ?");
            arguments.add(query.kind().name());
        }
        if (query.dueWithinDays() != null) {
            // A date already passed is within any number of days.
            where.append(" and days_left <= ?");
            arguments.add(query.dueWithinDays());
        }
        if (query.overdue() != null) {
            where.append(" and past_due = ?");
            arguments.add(query.overdue());
        }
        Long total = jdbc.queryForObject(DUE + "select count(*) from due" + where, Long.class, arguments.toArray());
        arguments.addAll(List.of(ListMaintenanceDueQuery.DEFAULT_DAYS, ListMaintenanceDueQuery.DEFAULT_HOURS,
                ListMaintenanceDueQuery.DEFAULT_CYCLES, query.size(), (long) query.page() * query.size()));
        List<MaintenanceItemView> items = jdbc.query(DUE + "select * from due" + where
                        + " order by tail_number nulls last, aircraft_id, status = 'COMPLETED', past_due desc, "
                        + SOONEST + ", maintenance_item_id limit ? offset ?",
                (row, i) -> item(row), arguments.toArray());
        return new MaintenanceItemPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    MaintenanceDueList due(ListMaintenanceDueQuery query) {
        LocalDate today = today();
        List<MaintenanceItemView> items = jdbc.query(DUE + """
                        select * from due
                         where status <> 'COMPLETED'
                           and (past_due or days_left <= ? or hours_left <= ? or cycles_left <= ?)
                         order by past_due desc, """ + SOONEST + ", tail_number nulls last, maintenance_item_id",
                (row, i) -> item(row), today, query.days(), query.hours(), query.cycles(), query.days(), query.hours(),
                query.cycles());
        return new MaintenanceDueList(today, query.days(), query.hours(), query.cycles(), items);
    }

    @QueryHandler
    MaintenanceItemDetails find(FindMaintenanceItemQuery query) {
        String id = query.maintenanceItemId().value();
        List<MaintenanceItemView> item = jdbc.query(DUE + "select * from due where maintenance_item_id = ?",
                (row, i) -> item(row), today(), id);
        if (item.isEmpty()) {
            return null;
        }
        List<MaintenanceStep> history = jdbc.query("select * from maintenance_step where maintenance_item_id = ? "
                        + "order by sequence",
                (row, i) -> new MaintenanceStep(row.getLong("sequence"), row.getTimestamp("at").toInstant(),
                        MaintenanceStepType.valueOf(row.getString("type")),
                        MaintenanceStatus.valueOf(row.getString("status")), row.getString("note")), id);
        return new MaintenanceItemDetails(item.get(0), history);
    }

    /** Known when the fleet shows the aircraft or any item names it; items may arrive before the fleet row. */
    @QueryHandler
    AircraftMaintenance aircraft(FindAircraftMaintenanceQuery query) {
        String aircraftId = query.aircraftId().value();
        record Fleet(String tailNumber, long airborneHours, long cycles) {
        }
        Fleet fleet = jdbc.query("select tail_number, airborne_minutes / 60, cycles from fleet_aircraft "
                        + "where aircraft_id = ?", (row, i) -> new Fleet(row.getString(1), row.getLong(2), row.getLong(3)),
                aircraftId).stream().findFirst().orElse(null);
        Boolean hasItems = jdbc.queryForObject("select exists (select 1 from maintenance_item where aircraft_id = ?)",
                Boolean.class, aircraftId);
        if (fleet == null && !Boolean.TRUE.equals(hasItems)) {
            return null;
        }
        List<MaintenanceItemView> open = jdbc.query(DUE + "select * from due where aircraft_id = ? "
                        + "and status <> 'COMPLETED' order by past_due desc, " + SOONEST + ", maintenance_item_id",
                (row, i) -> item(row), today(), aircraftId, ListMaintenanceDueQuery.DEFAULT_DAYS,
                ListMaintenanceDueQuery.DEFAULT_HOURS, ListMaintenanceDueQuery.DEFAULT_CYCLES);
        List<MaintenanceCompletionView> completed = jdbc.query("""
                        select * from maintenance_completion where aircraft_id = ?
                         order by completed_on desc, sequence desc, maintenance_item_id limit ? offset ?""",
                (row, i) -> completion(row), aircraftId, query.size(), (long) query.page() * query.size());
        Long total = jdbc.queryForObject("select count(*) from maintenance_completion where aircraft_id = ?",
                Long.class, aircraftId);
        return new AircraftMaintenance(query.aircraftId(), fleet == null ? null : fleet.tailNumber(),
                fleet == null ? 0 : fleet.airborneHours(), fleet == null ? 0 : fleet.cycles(), open, completed,
                query.page(), query.size(), total == null ? 0 : total);
    }

    private static MaintenanceItemView item(ResultSet row) throws SQLException {
        MaintenanceStatus status = MaintenanceStatus.valueOf(row.getString("status"));
        DuePoint due = duePoint(row);
        Long everyHours = nullableLong(row, "every_hours");
        Long everyCycles = nullableLong(row, "every_cycles");
        Integer everyMonths = (Integer) row.getObject("every_months");
        Recurrence recurrence = everyHours == null && everyCycles == null && everyMonths == null ? null
                : new Recurrence(everyHours, everyCycles, everyMonths);
        String category = row.getString("mel_category");
        MelDeferral deferral = category == null ? null : new MelDeferral(MelCategory.valueOf(category),
                row.getString("mel_reference"), row.getObject("deferred_until", LocalDate.class));
        java.sql.Timestamp workStart = row.getTimestamp("work_start");
        TimeWindow workWindow = workStart == null ? null
                : new TimeWindow(workStart.toInstant(), row.getTimestamp("work_end").toInstant());
        Long hoursLeft = nullableLong(row, "hours_left");
        Long cyclesLeft = nullableLong(row, "cycles_left");
        Long daysLeft = nullableLong(row, "days_left");
        LocalDate limitDate = row.getObject("limit_date", LocalDate.class);
        DueNext dueNext = hoursLeft == null && cyclesLeft == null && limitDate == null ? null
                : new DueNext(hoursLeft == null ? null : due.atAirborneHours(),
                cyclesLeft == null ? null : due.atCycles(), limitDate, hoursLeft, cyclesLeft, daysLeft,
                row.getLong("aircraft_hours"), row.getLong("aircraft_cycles"));
        boolean pastDue = row.getBoolean("past_due");
        return new MaintenanceItemView(
                MaintenanceItemId.of(row.getString("maintenance_item_id")),
                AircraftId.of(row.getString("aircraft_id")),
                row.getString("tail_number"),
                MaintenanceKind.valueOf(row.getString("kind")),
                row.getString("ad_number"),
                row.getString("description"),
                status,
                row.getBoolean("non_deferrable"),
                due,
                recurrence,
                deferral,
                workWindow,
                row.getObject("last_completed_on", LocalDate.class),
                dueNext,
                row.getBoolean("due_soon") || pastDue,
                pastDue,
                row.getTimestamp("opened_at").toInstant(),
                row.getLong("version"));
    }

    private static MaintenanceCompletionView completion(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("cost_currency").trim());
        BigDecimal amount = row.getBigDecimal("cost_amount");
        Array parts = row.getArray("parts_used");
        return new MaintenanceCompletionView(
                MaintenanceItemId.of(row.getString("maintenance_item_id")),
                MaintenanceKind.valueOf(row.getString("kind")),
                row.getString("ad_number"),
                row.getString("description"),
                duePoint(row),
                row.getObject("completed_on", LocalDate.class),
                row.getLong("airborne_hours"),
                row.getLong("cycles"),
                row.getString("signed_off_by"),
                new Money(amount, currency),
                List.of((String[]) parts.getArray()),
                row.getString("provider"));
    }

    /** Null for a defect opened without a due point. */
    private static DuePoint duePoint(ResultSet row) throws SQLException {
        Long hours = nullableLong(row, "due_hours");
        Long cycles = nullableLong(row, "due_cycles");
        LocalDate date = row.getObject("due_date", LocalDate.class);
        return hours == null && cycles == null && date == null ? null : new DuePoint(hours, cycles, date);
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
