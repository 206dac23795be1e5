package com.jetops.api.maintenance;

import java.time.Instant;

/** One step of an item's history: the item's event sequence number, when, what, the status after it and a note. */
public record MaintenanceStep(long sequence, Instant at, MaintenanceStepType type, MaintenanceStatus status,
                              String note) {
}
