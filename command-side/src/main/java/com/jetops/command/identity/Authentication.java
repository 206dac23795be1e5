package com.jetops.command.identity;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import com.jetops.platform.security.SecurityEventLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import static com.jetops.platform.security.SecurityEventLog.Type.LOGIN_FAILED;
import static com.jetops.platform.security.SecurityEventLog.Type.LOGIN_SUCCEEDED;
import static com.jetops.platform.security.SecurityEventLog.Type.LOGOUT;
import static com.jetops.platform.security.SecurityEventLog.Type.PASSWORD_CHANGED;
import static com.jetops.platform.security.SecurityEventLog.Type.REFRESH_TOKEN_REUSED;
import static com.jetops.platform.security.SecurityEventLog.Type.SECOND_FACTOR_FAILED;
import static com.jetops.platform.security.SecurityEventLog.Type.TOKEN_REFRESHED;
import static com.jetops.platform.security.SecurityEventLog.Type.TOTP_ENROLLED;

/**
 * Logging in and out, sessions, passwords and the second factor. Every refusal says as little as
 * it must: a wrong user name and a wrong password look the same.
 */
@Service
class Authentication {
    /** Failed logins (per account or per address) after which a login needs a solved captcha. */
    static final int FAILURES_BEFORE_CAPTCHA = 3;
    /** Failures older than this, or before the last successful login, no longer count. */
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    private final UserAccounts users;
    private final Passwords passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Captchas captchas;
    private final SecurityEventLog securityLog;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    Authentication(UserAccounts users, Passwords passwords, AccessTokens accessTokens, RefreshTokens refreshTokens,
                   Captchas captchas, SecurityEventLog securityLog, JdbcTemplate jdbc) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.captchas = captchas;
        this.securityLog = securityLog;
        this.jdbc = jdbc;
    }

    /** A token pair; {@code secondFactor} says whether this session proved one. */
    record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, boolean secondFactor,
                  UserAccounts.UserView user) {
    }

    record LoginRequest(String username, String password, String captchaUid, String captchaAnswer, String totpCode) {
    }

    @Transactional(noRollbackFor = RuleViolationException.class)
    public Tokens login(LoginRequest request, String address) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (recentFailures(username, address) >= FAILURES_BEFORE_CAPTCHA
                && !captchas.solve(request.captchaUid(), request.captchaAnswer())) {
            if (request.captchaUid() != null) {
                securityLog.record(LOGIN_FAILED, null, username, address, "wrong or expired captcha");
            }
            throw new RuleViolationException(ErrorCode.CAPTCHA_REQUIRED, "captchaAnswer", "Too many failed logins: "
                    + "fetch an image from GET /auth/captcha/{uid} and send captchaUid and captchaAnswer");
        }
        UserAccounts.UserAccount user = users.byUsername(username).orElse(null);
        boolean passwordRight = passwords.matches(request.password(), user == null ? null : user.passwordHash());
        if (user == null || !passwordRight || !user.active()) {
            securityLog.record(LOGIN_FAILED, user == null ? null : user.userId(), username, address,
                    user == null ? "unknown user" : !passwordRight ? "wrong password" : "deactivated");
            throw new RuleViolationException(ErrorCode.INVALID_CREDENTIALS, null, "Wrong user name or password");
        }
        boolean secondFactor = false;
        if (user.totpEnabled()) {
            if (request.totpCode() == null || request.totpCode().isBlank()) {
                throw new RuleViolationException(ErrorCode.SECOND_FACTOR_REQUIRED, "totpCode",
                        "Send the 6-digit code of your authenticator app as totpCode");
            }
            requireTotp(user, request.totpCode(), address, "totpCode");
            secondFactor = true;
        }
        securityLog.record(LOGIN_SUCCEEDED, user.userId(), username, address, secondFactor ? "with TOTP" : null);
        return newSession(user, secondFactor);
    }

    @Transactional(noRollbackFor = RuleViolationException.class)
    public Tokens refresh(String refreshToken, String address) {
        RefreshTokens.Use use = refreshToken == null ? new RefreshTokens.Invalid() : refreshTokens.use(refreshToken);
        if (use instanceof RefreshTokens.Reused reused) {
            securityLog.record(REFRESH_TOKEN_REUSED, reused.session().userId(), null, address,
                    "session " + reused.session().familyId() + " revoked");
        }
        if (!(use instanceof RefreshTokens.Valid valid)) {
            throw invalidRefreshToken();
        }
        UserAccounts.UserAccount user = users.byId(valid.session().userId()).filter(UserAccounts.UserAccount::active)
                .orElse(null);
        if (user == null) {
            refreshTokens.revokeFamily(valid.session().familyId());
            throw invalidRefreshToken();
        }
        securityLog.record(TOKEN_REFRESHED, user.userId(), user.username(), address, null);
        return tokens(user, valid.session());
    }

    @Transactional
    public void logout(Caller caller, String address) {
        if (caller.sessionId() != null) {
            refreshTokens.revokeFamily(caller.sessionId());
        }
        securityLog.record(LOGOUT, caller.userId(), caller.username(), address, null);
    }

    @Transactional(noRollbackFor = RuleViolationException.class)
    public void changePassword(Caller caller, String currentPassword, String newPassword, String address) {
        UserAccounts.UserAccount user = activeUser(caller);
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            securityLog.record(LOGIN_FAILED, user.userId(), user.username(), address, "wrong current password");
            throw new RuleViolationException(ErrorCode.INVALID_CREDENTIALS, "currentPassword",
                    "The current password is wrong");
        }
        passwords.requireAcceptable(newPassword, user.username(), users.recentPasswordHashes(user.userId()),
                "newPassword");
        users.changePassword(user.userId(), passwords.hash(newPassword), Instant.now());
        // Other sessions were opened with the old password: they end; this one goes on.
        jdbc.update("update identity_refresh_token set revoked_at = now() where user_id = ? and family_id <> ? "
                + "and revoked_at is null", user.userId(), caller.sessionId());
        securityLog.record(PASSWORD_CHANGED, user.userId(), user.username(), address, null);
    }

    /** A secret for the caller's authenticator app; it counts once confirmed with a code. */
    record Enrolment(String secret, String otpauthUri) {
    }

    @Transactional
    public Enrolment startTotpEnrolment(Caller caller) {
        UserAccounts.UserAccount user = activeUser(caller);
        if (user.totpEnabled()) {
            throw new RuleViolationException(ErrorCode.SECOND_FACTOR_STATE, null,
                    "An authenticator is already enrolled for " + user.username());
        }
        String secret = Totp.newSecret(random);
        users.startTotpEnrolment(user.userId(), secret);
        return new Enrolment(secret, Totp.provisioningUri("JetOps", user.username(), secret));
    }

    /** Confirms the enrolment with a code and upgrades this session to one with a second factor. */
    @Transactional(noRollbackFor = RuleViolationException.class)
    public Tokens confirmTotpEnrolment(Caller caller, String code, String address) {
        UserAccounts.UserAccount user = activeUser(caller);
        if (user.totpEnabled() || user.totpSecret() == null) {
            throw new RuleViolationException(ErrorCode.SECOND_FACTOR_STATE, null,
                    "No enrolment to confirm: start one with POST /auth/totp/enrolment");
        }
        requireTotp(user, code, address, "code");
        users.enableTotp(user.userId());
        securityLog.record(TOTP_ENROLLED, user.userId(), user.username(), address, null);
        refreshTokens.revokeFamily(caller.sessionId());
        return newSession(users.byId(user.userId()).orElseThrow(), true);
    }

    /**
     * A sensitive operation's fresh code (header X-TOTP-Code): a user without an authenticator
     * must enrol one first; each code counts once.
     */
    @Transactional(noRollbackFor = RuleViolationException.class)
    public void requireFreshSecondFactor(Caller caller, String code, String address) {
        UserAccounts.UserAccount user = activeUser(caller);
        if (!user.totpEnabled()) {
            throw new RuleViolationException(ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED, null,
                    "This operation needs a TOTP code: enrol an authenticator first (POST /auth/totp/enrolment)");
        }
        if (code == null || code.isBlank()) {
            throw new RuleViolationException(ErrorCode.SECOND_FACTOR_REQUIRED, "X-TOTP-Code",
                    "This operation needs the current code of your authenticator app in the X-TOTP-Code header");
        }
        requireTotp(user, code, address, "X-TOTP-Code");
    }

    UserAccounts.UserView me(Caller caller) {
        return activeUser(caller).view();
    }

    private void requireTotp(UserAccounts.UserAccount user, String code, String address, String field) {
        OptionalLong step = Totp.verify(user.totpSecret(), code.strip(), Instant.now());
        if (step.isEmpty() || !users.useTotpStep(user.userId(), step.getAsLong())) {
            securityLog.record(SECOND_FACTOR_FAILED, user.userId(), user.username(), address,
                    step.isEmpty() ? "wrong code" : "code already used");
            throw new RuleViolationException(ErrorCode.SECOND_FACTOR_REQUIRED, field,
                    "Wrong or already used authenticator code");
        }
    }

    private UserAccounts.UserAccount activeUser(Caller caller) {
        return users.byId(caller.userId()).filter(UserAccounts.UserAccount::active)
                .orElseThrow(() -> new RuleViolationException(ErrorCode.UNAUTHENTICATED, null,
                        "This account no longer exists or was deactivated"));
    }

    private Tokens newSession(UserAccounts.UserAccount user, boolean secondFactor) {
        return tokens(user, new RefreshTokens.Session(UUID.randomUUID().toString(), user.userId(), secondFactor));
    }

    private Tokens tokens(UserAccounts.UserAccount user, RefreshTokens.Session session) {
        AccessTokens.Issued access = accessTokens.issue(user, session.secondFactor(), session.familyId());
        String refresh = refreshTokens.issue(session);
        return new Tokens(access.token(), "Bearer", Duration.between(Instant.now(), access.expiresAt()).toSeconds(),
                refresh, session.secondFactor(), user.view());
    }

    /**
     * Failed logins for this account or from this address in the window, each counted only after
     * that account's (or address's) last successful login.
     */
    private long recentFailures(String username, String address) {
        Long failures = jdbc.queryForObject("""
                        select greatest(
                          (select count(*) from security_event f where f.type = 'LOGIN_FAILED' and f.username = ?
                              and f.at > greatest(now() - make_interval(secs => ?), coalesce((select max(s.at)
                                  from security_event s where s.type = 'LOGIN_SUCCEEDED' and s.username = ?), '-infinity'))),
                          (select count(*) from security_event f where f.type = 'LOGIN_FAILED' and f.address = ?
                              and f.at > greatest(now() - make_interval(secs => ?), coalesce((select max(s.at)
                                  from security_event s where s.type = 'LOGIN_SUCCEEDED' and s.address = ?), '-infinity'))))""",
                Long.class, username, FAILURE_WINDOW.toSeconds(), username, address, FAILURE_WINDOW.toSeconds(), address);
        return failures == null ? 0 : failures;
    }

    private static RuleViolationException invalidRefreshToken() {
        return new RuleViolationException(ErrorCode.REFRESH_TOKEN_INVALID, "refreshToken",
                "The refresh token is unknown, expired or already used: sign in again");
    }
}
