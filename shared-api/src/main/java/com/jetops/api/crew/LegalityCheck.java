package com.jetops.api.crew;

/**
 * One rule as it was evaluated when an assignment was made: the figure the assignment would
 * reach and the limit in force, in seconds, so the legality can be shown later exactly as it
 * stood. For the rest rules ({@link FtlRule#REST_BEFORE_COMPLETION}, {@link FtlRule#REST_AFTER_OVERRUN})
 * the figure is the rest and the limit a minimum; for every other rule the limit is a maximum.
 */
public record LegalityCheck(FtlRule rule, long actualSeconds, long limitSeconds, boolean withinLimit) {
}
