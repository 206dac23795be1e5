package com.jetops.api.aircraft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.jetops.api.common.Uuids;

import java.util.UUID;

/** One maintenance block in an aircraft's calendar. A UUID, written as its string form everywhere. */
public record MaintenanceBlockId(String value) {

    public MaintenanceBlockId {
        value = Uuids.canonical(value, "maintenanceBlockId");
    }

    public static MaintenanceBlockId random() {
        return new MaintenanceBlockId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static MaintenanceBlockId of(String value) {
        return new MaintenanceBlockId(value);
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
