package com.jetops.api.common;

/**
 * Stable codes for every refusal. Clients match on these (they appear in problem+json as
 * {@code code} and in the problem {@code type}), never on message text.
 */
public enum ErrorCode {
    INVALID_VALUE(ErrorCategory.INVALID_INPUT),
    /** A new password breaks the complexity rules, or repeats one of the last five. */
    WEAK_PASSWORD(ErrorCategory.INVALID_INPUT),
    /** No token, or one that is expired, forged or for another audience. */
    UNAUTHENTICATED(ErrorCategory.UNAUTHENTICATED),
    /** Wrong username or password (never says which), or a deactivated account. */
    INVALID_CREDENTIALS(ErrorCategory.UNAUTHENTICATED),
    /** Too many failed logins for this account or address: solve the captcha from /auth/captcha/{uid}. */
    CAPTCHA_REQUIRED(ErrorCategory.UNAUTHENTICATED),
    /** This login or operation needs the TOTP code of the caller's authenticator app. */
    SECOND_FACTOR_REQUIRED(ErrorCategory.UNAUTHENTICATED),
    /** A refresh token that is unknown, expired, revoked or already used (reuse revokes its whole family). */
    REFRESH_TOKEN_INVALID(ErrorCategory.UNAUTHENTICATED),
    /** The caller's role may not do this. */
    FORBIDDEN(ErrorCategory.FORBIDDEN),
    /** A Super Admin or Finance Manager must enrol an authenticator (POST /auth/totp/enrolment) first. */
    SECOND_FACTOR_ENROLMENT_REQUIRED(ErrorCategory.FORBIDDEN),
    USERNAME_TAKEN(ErrorCategory.CONFLICT),
    PAYLOAD_TOO_LARGE(ErrorCategory.TOO_LARGE),
    TOO_MANY_REQUESTS(ErrorCategory.RATE_LIMITED),
    /** An authenticator is already enrolled, or there is no enrolment to confirm. */
    SECOND_FACTOR_STATE(ErrorCategory.CONFLICT),
    MISSING_VALUE(ErrorCategory.INVALID_INPUT),
    MALFORMED_REQUEST(ErrorCategory.INVALID_INPUT),
    UNKNOWN_AIRPORT(ErrorCategory.INVALID_INPUT),
    /** A quote was asked in a currency the pricing rules hold no exchange rate for. */
    CURRENCY_NOT_SUPPORTED(ErrorCategory.INVALID_INPUT),
    NOT_FOUND(ErrorCategory.NOT_FOUND),
    AIRCRAFT_NOT_FOUND(ErrorCategory.NOT_FOUND),
    RESERVATION_NOT_FOUND(ErrorCategory.NOT_FOUND),
    BLACKOUT_NOT_FOUND(ErrorCategory.NOT_FOUND),
    MAINTENANCE_BLOCK_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** No such leg among the aircraft's recent legs (the aircraft remembers its last 200 for corrections). */
    FLIGHT_LEG_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** A recent leg already blocks off at that instant; a change to it is a correction. */
    FLIGHT_LEG_ALREADY_RECORDED(ErrorCategory.CONFLICT),
    /** A correction that gives the figures already recorded. */
    NOTHING_TO_CORRECT(ErrorCategory.RULE_VIOLATION),
    TAIL_NUMBER_TAKEN(ErrorCategory.CONFLICT),
    EMAIL_TAKEN(ErrorCategory.CONFLICT),
    /** The maintenance item is not in a state that allows this step (e.g. completing planned work). */
    MAINTENANCE_STATE(ErrorCategory.CONFLICT),
    /** Only a defect can be deferred, only within its MEL category's limit, and never one marked non-deferrable. */
    DEFERRAL_NOT_ALLOWED(ErrorCategory.RULE_VIOLATION),
    EMPLOYEE_ID_TAKEN(ErrorCategory.CONFLICT),
    CREW_MEMBER_RELEASED(ErrorCategory.CONFLICT),
    CREW_HAS_ASSIGNMENTS(ErrorCategory.CONFLICT),
    ASSIGNMENT_NOT_FOUND(ErrorCategory.NOT_FOUND),
    UNAVAILABILITY_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** The role does not fit the position (a first officer cannot be pilot in command). */
    ROLE_NOT_ALLOWED(ErrorCategory.RULE_VIOLATION),
    /** Day off, leave or sickness, or already on duty elsewhere, in the window. */
    CREW_UNAVAILABLE(ErrorCategory.RULE_VIOLATION),
    LICENCE_MISSING_OR_EXPIRED(ErrorCategory.RULE_VIOLATION),
    MEDICAL_MISSING_OR_EXPIRED(ErrorCategory.RULE_VIOLATION),
    TYPE_RATING_MISSING_OR_EXPIRED(ErrorCategory.RULE_VIOLATION),
    FTL_FLIGHT_TIME_24_HOURS(ErrorCategory.RULE_VIOLATION),
    FTL_REST_BEFORE_COMPLETION(ErrorCategory.RULE_VIOLATION),
    FTL_DUTY_PERIOD(ErrorCategory.RULE_VIOLATION),
    FTL_FLIGHT_TIME_QUARTER(ErrorCategory.RULE_VIOLATION),
    FTL_FLIGHT_TIME_TWO_QUARTERS(ErrorCategory.RULE_VIOLATION),
    FTL_FLIGHT_TIME_YEAR(ErrorCategory.RULE_VIOLATION),
    FTL_REST_AFTER_OVERRUN(ErrorCategory.RULE_VIOLATION),
    CLIENT_DEACTIVATED(ErrorCategory.CONFLICT),
    PAYMENT_METHOD_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** Something that looks like a card number was sent where only a provider token belongs. */
    CARD_NUMBER_REFUSED(ErrorCategory.INVALID_INPUT),
    /** The window overlaps a reservation, blackout or maintenance block already in the calendar. */
    CALENDAR_CONFLICT(ErrorCategory.CONFLICT),
    /** Grounded (AOG, overdue maintenance): no reservations until returned to service. */
    AIRCRAFT_GROUNDED(ErrorCategory.CONFLICT),
    AIRCRAFT_RETIRED(ErrorCategory.CONFLICT),
    RESERVATION_NOT_HELD(ErrorCategory.CONFLICT),
    /** Retiring an aircraft that still has reservations ahead. */
    AIRCRAFT_HAS_RESERVATIONS(ErrorCategory.CONFLICT),
    AIRCRAFT_ALREADY_REGISTERED(ErrorCategory.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorCategory.CONFLICT),
    CLIENT_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** No aircraft has the seats, range and free calendar for the itinerary; the detail says why. */
    NO_AIRCRAFT_AVAILABLE(ErrorCategory.RULE_VIOLATION),
    QUOTE_EXPIRED(ErrorCategory.CONFLICT),
    QUOTE_ALREADY_BOOKED(ErrorCategory.CONFLICT),
    /** The manifest does not match the passenger counts the quote was priced for, or exceeds the seats. */
    PASSENGERS_DO_NOT_MATCH(ErrorCategory.RULE_VIOLATION),
    /** The booking is not in a state that allows this step (e.g. cancelling a flown trip). */
    BOOKING_STATE(ErrorCategory.CONFLICT),
    LEG_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** A leg's status out of order (arrived before departing) or with impossible times. */
    FLIGHT_STATUS_OUT_OF_ORDER(ErrorCategory.CONFLICT),
    /** The empty leg was sold meanwhile, or its trip changed, departed or was cancelled. */
    EMPTY_LEG_NOT_AVAILABLE(ErrorCategory.CONFLICT),
    /** A trip whose positioning leg carries another booking's passengers cannot move that leg. */
    EMPTY_LEG_SOLD(ErrorCategory.CONFLICT),
    INVOICE_STATE(ErrorCategory.CONFLICT),
    /** A payment larger than what is still owed. */
    OVERPAYMENT(ErrorCategory.RULE_VIOLATION);

    private final ErrorCategory category;

    ErrorCode(ErrorCategory category) {
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }

    /** The slug used in the problem type URI, e.g. {@code tail-number-taken}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
