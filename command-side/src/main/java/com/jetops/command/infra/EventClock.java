package com.jetops.command.infra;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time aggregates decide by: Axon's event clock, which AggregateTestFixture controls, so
 * rules that depend on "now" are tested at exact instants. Dates are UTC.
 */
public final class EventClock {
    /** How far ahead a dated item (a qualification's expiry, a maintenance due date) warns. */
    public static final int WARNING_DAYS = 30;

    private EventClock() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /**
     * Schedules the two alerts of a dated item: {@link #WARNING_DAYS} before the date and at the
     * start of the day after it (the item is good through its date). An alert whose time has
     * passed fires at once. Handlers compare the payload with the current state, so alerts
     * for a date that has since changed do nothing and need no cancelling.
     */
    public static void scheduleDateAlerts(DeadlineManager deadlines, LocalDate date, String soonDeadline,
                                          String pastDeadline, Object payload) {
        deadlines.schedule(startOfDayNotBeforeNow(date.minusDays(WARNING_DAYS)), soonDeadline, payload);
        deadlines.schedule(startOfDayNotBeforeNow(date.plusDays(1)), pastDeadline, payload);
    }

    public static Instant startOfDayNotBeforeNow(LocalDate date) {
        Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = now();
        return start.isBefore(now) ? now : start;
    }
}
