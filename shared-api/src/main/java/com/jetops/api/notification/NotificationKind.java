package com.jetops.api.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a client is told about, by e-mail, and what an integrator's webhook subscribes to. Each
 * kind stands for one or more domain events (see the command side's notification context).
 */
public enum NotificationKind {
    QUOTE_ISSUED,
    BOOKING_CONFIRMED,
    BOOKING_REJECTED,
    /** An accepted change of the booking's legs or times, or a delay with a new estimated departure. */
    SCHEDULE_CHANGED,
    FLIGHT_DEPARTED,
    FLIGHT_ARRIVED,
    INVOICE_ISSUED;

    /** A client who never said otherwise gets every kind by e-mail: they are all transactional. */
    public static Set<NotificationKind> defaults() {
        return EnumSet.allOf(NotificationKind.class);
    }
}
