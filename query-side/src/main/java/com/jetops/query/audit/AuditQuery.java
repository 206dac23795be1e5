package com.jetops.query.audit;

import java.time.Instant;

/** Filters of an audit search; null means any. Events after the cursor {@code afterIndex}, at most {@code size}. */
record AuditQuery(AggregateKind kind, String aggregateId, String eventType, String traceId, String userId,
                  Instant from, Instant to, long afterIndex, int size) {
}
