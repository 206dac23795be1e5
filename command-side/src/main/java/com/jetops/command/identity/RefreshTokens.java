package com.jetops.command.identity;

import com.jetops.platform.security.JwtProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque refresh tokens: 256 random bits, stored only as a SHA-256 hash. A family is one login
 * session; every use rotates the token, and presenting a used or revoked one revokes the family
 * (someone else holds a copy).
 */
@Component
class RefreshTokens {
    private final JdbcTemplate jdbc;
    private final JwtProperties properties;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(JdbcTemplate jdbc, JwtProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A presented token's session: its family, user and whether its login had a second factor. */
    record Session(String familyId, String userId, boolean secondFactor) {
    }

    /** The outcome of presenting a token: the session, or why not (reuse revokes the family). */
    sealed interface Use permits Valid, Reused, Invalid {
    }

    record Valid(Session session) implements Use {
    }

    record Reused(Session session) implements Use {
    }

    record Invalid() implements Use {
    }

    String issue(Session session) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        jdbc.update("""
                        insert into identity_refresh_token (token_hash, family_id, user_id, second_factor, issued_at,
                            expires_at) values (?, ?, ?, ?, ?, ?)""", hash(token), session.familyId(),
                session.userId(), session.secondFactor(), Timestamp.from(now),
                Timestamp.from(now.plus(properties.refreshTokenTtl())));
        return token;
    }

    /** Marks the token used (the caller then issues its successor in the same family). */
    Use use(String token) {
        record Row(Session session, boolean spent, boolean expired) {
        }
        Optional<Row> row = jdbc.query("""
                        select family_id, user_id, second_factor, used_at is not null or revoked_at is not null as spent,
                               expires_at <= now() as expired
                          from identity_refresh_token where token_hash = ? for update""",
                (r, i) -> new Row(new Session(r.getString(1), r.getString(2), r.getBoolean(3)), r.getBoolean(4),
                        r.getBoolean(5)), hash(token)).stream().findFirst();
        if (row.isEmpty() || row.get().expired()) {
            return new Invalid();
        }
        if (row.get().spent()) {
            revokeFamily(row.get().session().familyId());
            return new Reused(row.get().session());
        }
        jdbc.update("update identity_refresh_token set used_at = now() where token_hash = ?", hash(token));
        return new Valid(row.get().session());
    }

    void revokeFamily(String familyId) {
        jdbc.update("update identity_refresh_token set revoked_at = now() where family_id = ? and revoked_at is null",
                familyId);
    }

    void revokeAllOf(String userId) {
        jdbc.update("update identity_refresh_token set revoked_at = now() where user_id = ? and revoked_at is null",
                userId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
