package com.jetops.api.booking;

import java.time.Instant;

/** The quote was not accepted in time; it can no longer be booked. */
public record QuoteExpiredEvent(QuoteId quoteId, Instant validUntil) {
}
