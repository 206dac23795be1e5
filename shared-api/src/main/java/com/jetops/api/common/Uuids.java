package com.jetops.api.common;

import java.util.UUID;

/** Typed ids are UUIDs in canonical string form; this checks and normalizes one. */
public final class Uuids {
    private Uuids() {
    }

    public static String canonical(String value, String field) {
        Require.present(value, field);
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, field, "'" + value + "' is not a UUID");
        }
    }
}
