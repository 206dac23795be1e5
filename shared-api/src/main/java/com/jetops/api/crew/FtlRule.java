package com.jetops.api.crew;

/** The flight-time, duty and rest rules an assignment is checked against (FAA 14 CFR 135.267 by default). */
public enum FtlRule {
    /** Flight time in any 24 consecutive hours: 8 h one-pilot, 10 h two-pilot. */
    FLIGHT_TIME_24_HOURS,
    /** At least 10 consecutive hours of rest in the 24 h before the assignment's planned completion. */
    REST_BEFORE_COMPLETION,
    /** The operator's duty-period limit (135.267(c), default 14 h). */
    DUTY_PERIOD,
    /** Flight time in one calendar quarter (500 h). */
    FLIGHT_TIME_QUARTER,
    /** Flight time in two consecutive calendar quarters (800 h). */
    FLIGHT_TIME_TWO_QUARTERS,
    /** Flight time in one calendar year (1,400 h). */
    FLIGHT_TIME_YEAR,
    /**
     * After a duty overrun beyond the crew's control, the next rest is at least 11 h (up to
     * 30 min over), 12 h (30 to 60 min) or 16 h (more than 60 min).
     */
    REST_AFTER_OVERRUN,
    /** 13 rest periods of at least 24 consecutive hours in each calendar quarter: a roster warning, never a refusal. */
    REST_PERIODS_QUARTER
}
