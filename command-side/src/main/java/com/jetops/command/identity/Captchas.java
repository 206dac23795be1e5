package com.jetops.command.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Image challenges for logins after repeated failures: the client picks a uid, fetches the image
 * for it, and sends uid and answer with the login. The answer is kept hashed, expires after two
 * minutes and is checked once (a second attempt needs a new image).
 */
@Component
class Captchas {
    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final int LENGTH = 6;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    Captchas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new challenge for {@code uid} (replacing an earlier one), as a PNG image. */
    byte[] challenge(String uid) {
        String text = CaptchaImage.randomText(random, LENGTH);
        jdbc.update("""
                        insert into identity_captcha (uid, answer_hash, expires_at) values (?, ?, ?)
                        on conflict (uid) do update set answer_hash = excluded.answer_hash,
                            expires_at = excluded.expires_at""",
                uid, hash(text), Timestamp.from(Instant.now().plus(LIFETIME)));
        jdbc.update("delete from identity_captcha where expires_at < now()");
        return CaptchaImage.png(text, random);
    }

    /** True when the answer is right and the challenge unexpired; the challenge is gone either way. */
    boolean solve(String uid, String answer) {
        if (uid == null || answer == null) {
            return false;
        }
        Boolean right = jdbc.query("delete from identity_captcha where uid = ? returning answer_hash, expires_at > now()",
                (row, i) -> MessageDigest.isEqual(row.getString(1).getBytes(StandardCharsets.US_ASCII),
                        hash(answer.strip().toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.US_ASCII))
                        && row.getBoolean(2), uid).stream().findFirst().orElse(false);
        return right;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
