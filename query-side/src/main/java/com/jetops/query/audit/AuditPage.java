package com.jetops.query.audit;

import java.util.List;

/** A page of the trail; pass {@code next} back as the cursor for the following page (null: no more). */
public record AuditPage(List<AuditEntry> entries, Long next) {
}
