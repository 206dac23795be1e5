package com.jetops.api.common;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Guard helpers for value types: a broken guard names the field and the rule. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, field, field + " is required");
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, field, field + " must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, field,
                    field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Letters of any script, digits, spaces and the punctuation of names, addresses, e-mails and phone numbers. */
    private static final java.util.regex.Pattern SEARCH_TEXT =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N} \\-'’.,&/()@+#_]+");

    /**
     * Free text to search for. It is always matched as literal words, never parsed as a query
     * language; anything that looks like SQL or Lucene syntax (quotes, colons, wildcards,
     * braces, semicolons, comment markers) or control characters is refused so a caller learns
     * at once that it will not be interpreted.
     */
    public static String searchText(String value, String field, int maxLength) {
        String text = text(value, field, maxLength);
        if (!SEARCH_TEXT.matcher(text).matches() || text.contains("--") || text.contains("/*")) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, field, field
                    + " is searched as plain words: letters, digits, spaces and - ' . , & / ( ) @ + # _ only");
        }
        return text;
    }

    public static <T> T that(T value, Predicate<T> rule, String field, String explanation) {
        if (!rule.test(value)) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, field, explanation);
        }
        return value;
    }

    /**
     * Parses a value, reporting any refusal against the given request field; a value the parser
     * cannot read at all (e.g. {@code UUID.fromString} on " ") is an invalid value, not a crash.
     */
    public static <T> T parsed(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.code(), field, e.getMessage());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, field, field + " is not valid: " + e.getMessage());
        }
    }

    /** A calendar date in a plausible range (1900-2199), so date arithmetic on it cannot overflow. */
    public static java.time.LocalDate date(java.time.LocalDate value, String field) {
        present(value, field);
        return that(value, d -> d.getYear() >= 1900 && d.getYear() < 2200, field,
                field + " must be a date between 1900 and 2199");
    }

    private static final java.util.regex.Pattern CARD_NUMBER = java.util.regex.Pattern.compile("[0-9]{12,19}");

    /**
     * A payment provider's token (at most {@code maxLength} characters), never a card number:
     * 12 to 19 digits, spaces and dashes aside, are refused so a card number is never stored.
     */
    public static String paymentToken(String value, String field, int maxLength) {
        text(value, field, maxLength);
        if (CARD_NUMBER.matcher(value.replaceAll("[ -]", "")).matches()) {
            throw new RuleViolationException(ErrorCode.CARD_NUMBER_REFUSED, field,
                    "That looks like a card number. Send the payment provider's token, never the card number");
        }
        return value;
    }
}
