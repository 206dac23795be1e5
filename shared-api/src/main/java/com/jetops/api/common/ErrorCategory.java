package com.jetops.api.common;

/** What kind of refusal an {@link ErrorCode} is; the REST layer maps each to one HTTP status. */
public enum ErrorCategory {
    /** The request itself is malformed or out of range (400). */
    INVALID_INPUT,
    /** The thing addressed does not exist (404). */
    NOT_FOUND,
    /** The request collides with existing state, e.g. a taken tail number (409). */
    CONFLICT,
    /** Well-formed, but a business rule forbids it in the current state (422). */
    RULE_VIOLATION,
    /** No valid credentials or token, or a second factor is missing (401). */
    UNAUTHENTICATED,
    /** Authenticated, but the caller's role may not do this (403). Objects they may not see are NOT_FOUND instead. */
    FORBIDDEN,
    /** The request body is larger than the service accepts (413). */
    TOO_LARGE,
    /** Too many requests from this user or address; retry after the time given (429). */
    RATE_LIMITED
}
