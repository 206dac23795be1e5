package com.jetops.api.maintenance;

/**
 * The fleet's overdue items, then its open items within {@code days} days of their date, or
 * {@code hours} airborne hours or {@code cycles} cycles of their due point; soonest first. The
 * windows are at least 1. Answers a {@link MaintenanceDueList}.
 */
public record ListMaintenanceDueQuery(int days, long hours, long cycles) {
    public static final int DEFAULT_DAYS = 30;
    public static final long DEFAULT_HOURS = 50;
    public static final long DEFAULT_CYCLES = 50;
}
