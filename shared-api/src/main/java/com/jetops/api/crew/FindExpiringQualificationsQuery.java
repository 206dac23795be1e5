package com.jetops.api.crew;

/** Qualifications of employed crew expiring within {@code days} days from today (UTC), and those already expired. */
public record FindExpiringQualificationsQuery(int days) {
}
