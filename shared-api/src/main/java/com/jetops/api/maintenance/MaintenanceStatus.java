package com.jetops.api.maintenance;

public enum MaintenanceStatus {
    PLANNED,
    IN_WORK,
    /** A defect deferred under the minimum equipment list until its deferral limit. */
    DEFERRED,
    COMPLETED
}
