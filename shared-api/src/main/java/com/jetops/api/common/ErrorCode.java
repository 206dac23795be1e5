package com.jetops.api.common;

/**
 * Stable codes for every refusal. Clients match on these (they appear in problem+json as
 * {@code code} and in the problem {@code type}), never on message text.
 */
public enum ErrorCode {
    INVALID_VALUE(ErrorCategory.INVALID_INPUT),
    MISSING_VALUE(ErrorCategory.INVALID_INPUT),
    MALFORMED_REQUEST(ErrorCategory.INVALID_INPUT),
    UNKNOWN_AIRPORT(ErrorCategory.INVALID_INPUT),
    NOT_FOUND(ErrorCategory.NOT_FOUND),
    AIRCRAFT_NOT_FOUND(ErrorCategory.NOT_FOUND),
    TAIL_NUMBER_TAKEN(ErrorCategory.CONFLICT),
    AIRCRAFT_ALREADY_REGISTERED(ErrorCategory.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorCategory.CONFLICT);

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
