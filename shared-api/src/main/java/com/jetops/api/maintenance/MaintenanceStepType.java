package com.jetops.api.maintenance;

/** What happened to a maintenance item, one per event of the item. */
public enum MaintenanceStepType {
    OPENED,
    DEFERRED,
    WORK_STARTED,
    WORK_CANCELLED,
    COMPLETED,
    RECURRED,
    DUE_SOON,
    OVERDUE,
    OVERDUE_REVOKED
}
