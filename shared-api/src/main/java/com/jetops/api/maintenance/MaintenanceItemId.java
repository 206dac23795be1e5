package com.jetops.api.maintenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** Identity of a MaintenanceItem. A UUID, written as its string form everywhere. */
public record MaintenanceItemId(String value) {

    public MaintenanceItemId {
        value = Uuids.canonical(value, "maintenanceItemId");
    }

    public static MaintenanceItemId random() {
        return new MaintenanceItemId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static MaintenanceItemId of(String value) {
        return new MaintenanceItemId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
