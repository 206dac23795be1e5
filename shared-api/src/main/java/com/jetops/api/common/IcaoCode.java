package com.jetops.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A four-character ICAO location indicator (KTEB, EGLF). Only the shape is checked here;
 * whether the airport exists is checked against the reference data by the command side.
 */
public record IcaoCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{3}");

    public IcaoCode {
        Require.present(value, "icao");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "icao",
                    "'" + value + "' is not an ICAO airport code (four letters or digits, e.g. KTEB)");
        }
    }

    @JsonCreator
    public static IcaoCode of(String value) {
        return new IcaoCode(value);
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
