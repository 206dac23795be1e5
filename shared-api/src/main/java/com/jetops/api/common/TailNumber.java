package com.jetops.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/** An aircraft registration mark (N650GA, G-LXRY), normalized to upper case. */
public record TailNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,8}[A-Z0-9]");

    public TailNumber {
        Require.present(value, "tailNumber");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "tailNumber",
                    "'" + value + "' is not a registration mark (2-10 letters, digits and inner dashes, e.g. N650GA)");
        }
    }

    @JsonCreator
    public static TailNumber of(String value) {
        return new TailNumber(value);
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
