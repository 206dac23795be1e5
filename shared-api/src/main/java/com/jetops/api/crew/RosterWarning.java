package com.jetops.api.crew;

/**
 * Something the roster should fix that does not make an assignment illegal, e.g. fewer than 13
 * rest periods of 24 hours left in a quarter: the figure found, the figure expected, and a sentence.
 */
public record RosterWarning(FtlRule rule, long actual, long expected, String message) {
}
