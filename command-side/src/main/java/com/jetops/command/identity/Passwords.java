package com.jetops.command.identity;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane), and the rules a new
 * password must meet: 12 to 128 characters, three of four kinds (lower, upper, digit, other),
 * not the user's name, none of the last five.
 */
@Component
class Passwords {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Compared against when the user does not exist, so the answer takes as long as for a wrong password. */
    private final String decoy = encoder.encode("decoy password never used");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash == null ? decoy : hash);
    }

    void requireAcceptable(String password, String username, List<String> recentHashes, String field) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw weak(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        long kinds = Stream.<java.util.function.IntPredicate>of(Character::isLowerCase, Character::isUpperCase,
                        Character::isDigit, c -> !Character.isLetterOrDigit(c))
                .filter(kind -> password.chars().anyMatch(kind)).count();
        if (kinds < 3) {
            throw weak(field, "needs three of: lower-case letters, upper-case letters, digits, other characters");
        }
        String name = username.toLowerCase(Locale.ROOT).split("@")[0];
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            throw weak(field, "must not contain the user name");
        }
        if (recentHashes.stream().anyMatch(hash -> encoder.matches(password, hash))) {
            throw weak(field, "must differ from the last " + UserAccounts.REMEMBERED_PASSWORDS + " passwords");
        }
    }

    private static RuleViolationException weak(String field, String rule) {
        return new RuleViolationException(ErrorCode.WEAK_PASSWORD, field, "The new password " + rule);
    }
}
