package com.jetops.api.maintenance;

/**
 * Minimum-equipment-list repair categories: how long a deferred defect may stay open.
 * A: as the MEL item states; B: 3 calendar days; C: 10 days; D: 120 days.
 */
public enum MelCategory {
    A(null),
    B(3),
    C(10),
    D(120);

    private final Integer days;

    MelCategory(Integer days) {
        this.days = days;
    }

    /** Calendar days allowed, or null when the MEL item itself sets the limit (category A). */
    public Integer days() {
        return days;
    }
}
