package com.jetops.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The security log both apps append to (table {@code security_event}, created by the command
 * side's migrations): logins and their failures, logouts, refresh-token reuse, permission
 * denials, user administration. Super Admin reads it through {@code GET /security-events}.
 */
public class SecurityEventLog {
    private static final Logger log = LoggerFactory.getLogger(SecurityEventLog.class);

    public enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGOUT, TOKEN_REFRESHED, REFRESH_TOKEN_REUSED, PASSWORD_CHANGED,
        TOTP_ENROLLED, SECOND_FACTOR_FAILED, PERMISSION_DENIED, USER_CREATED, USER_DEACTIVATED, ROLE_CHANGED
    }

    private final JdbcTemplate jdbc;

    public SecurityEventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Type type, String userId, String username, String address, String detail) {
        try {
            jdbc.update("insert into public.security_event (at, type, user_id, username, address, detail) "
                            + "values (?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), type.name(), userId,
                    username, address, detail);
        } catch (RuntimeException e) {
            // The log must not turn a refusal into a server error (e.g. before the command side migrated).
            log.warn("Could not record security event {} for {}: {}", type, username, e.toString());
        }
    }
}
