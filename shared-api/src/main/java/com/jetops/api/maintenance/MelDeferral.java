package com.jetops.api.maintenance;

import java.time.LocalDate;

/** A defect's deferral under the minimum equipment list: its category, MEL item and limit date. */
public record MelDeferral(MelCategory category, String melReference, LocalDate deferredUntil) {
}
