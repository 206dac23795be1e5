package com.jetops.api.maintenance;

/** What the work is. An overdue airworthiness directive makes the aircraft unairworthy. */
public enum MaintenanceKind {
    INSPECTION,
    AIRWORTHINESS_DIRECTIVE,
    COMPONENT_OVERHAUL,
    DEFECT
}
