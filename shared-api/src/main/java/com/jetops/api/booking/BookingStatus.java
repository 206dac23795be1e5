package com.jetops.api.booking;

/** REQUESTED → CONFIRMED → IN_PROGRESS → COMPLETED → INVOICED → PAID; REJECTED and CANCELLED at the sides. */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    IN_PROGRESS,
    COMPLETED,
    INVOICED,
    PAID,
    REJECTED,
    CANCELLED
}
