package com.jetops.command.identity;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import com.jetops.platform.security.SecurityEventLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Super Admin's user administration; every change is in the security log, and ends the user's sessions. */
@Service
class UserAdministration {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._%+-]+(@[a-z0-9.-]+\\.[a-z]{2,})?");

    private final UserAccounts users;
    private final Passwords passwords;
    private final RefreshTokens refreshTokens;
    private final SecurityEventLog securityLog;

    UserAdministration(UserAccounts users, Passwords passwords, RefreshTokens refreshTokens,
                       SecurityEventLog securityLog) {
        this.users = users;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.securityLog = securityLog;
    }

    record NewUser(String username, Role role, String subjectId, String password) {
    }

    @Transactional
    UserAccounts.UserView create(NewUser request, Caller by, String address) {
        String username = normalized(request.username());
        if (request.role() == null) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, "role", "role is required");
        }
        String subjectId = subjectFor(request.role(), request.subjectId());
        passwords.requireAcceptable(request.password(), username, List.of(), "password");
        UserAccounts.UserAccount account = new UserAccounts.UserAccount(UUID.randomUUID().toString(), username,
                request.role(), subjectId, passwords.hash(request.password()), true, null, false, Instant.now());
        try {
            users.create(account);
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException(ErrorCode.USERNAME_TAKEN, "username", "User name " + username + " is taken");
        }
        securityLog.record(SecurityEventLog.Type.USER_CREATED, account.userId(), username, address,
                "role " + request.role() + " by " + by.username());
        return account.view();
    }

    @Transactional
    UserAccounts.UserView deactivate(String userId, Caller by, String address) {
        UserAccounts.UserAccount user = existing(userId);
        users.deactivate(user.userId());
        refreshTokens.revokeAllOf(user.userId());
        securityLog.record(SecurityEventLog.Type.USER_DEACTIVATED, user.userId(), user.username(), address,
                "by " + by.username());
        return users.byId(userId).orElseThrow().view();
    }

    @Transactional
    UserAccounts.UserView changeRole(String userId, Role role, String subjectId, Caller by, String address) {
        UserAccounts.UserAccount user = existing(userId);
        if (role == null) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, "role", "role is required");
        }
        users.changeRole(user.userId(), role, subjectFor(role, subjectId));
        refreshTokens.revokeAllOf(user.userId());
        securityLog.record(SecurityEventLog.Type.ROLE_CHANGED, user.userId(), user.username(), address,
                user.role() + " -> " + role + " by " + by.username());
        return users.byId(userId).orElseThrow().view();
    }

    List<UserAccounts.UserView> all() {
        return users.all();
    }

    /** A first Super Admin when there is none yet (from configuration at start-up). */
    @Transactional
    boolean bootstrapAdmin(String username, String password) {
        if (users.anyWithRole(Role.SUPER_ADMIN) || users.byUsername(normalized(username)).isPresent()) {
            return false;
        }
        String name = normalized(username);
        passwords.requireAcceptable(password, name, List.of(), "password");
        users.create(new UserAccounts.UserAccount(UUID.randomUUID().toString(), name, Role.SUPER_ADMIN, null,
                passwords.hash(password), true, null, false, Instant.now()));
        securityLog.record(SecurityEventLog.Type.USER_CREATED, null, name, null, "first Super Admin from configuration");
        return true;
    }

    private UserAccounts.UserAccount existing(String userId) {
        return users.byId(userId).orElseThrow(() -> new RuleViolationException(ErrorCode.NOT_FOUND, null,
                "No user " + userId));
    }

    private static String normalized(String username) {
        if (username == null || username.isBlank()) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, "username", "username is required");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() > 254 || !USERNAME.matcher(name).matches()) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "username",
                    "username is an e-mail address or a login name of letters, digits and . _ % + -");
        }
        return name;
    }

    /** Roles acting for one client, owner, agent or crew member name it; the others name none. */
    private static String subjectFor(Role role, String subjectId) {
        if (role.actsForOneSubject() && (subjectId == null || subjectId.isBlank() || subjectId.length() > 100)) {
            throw new RuleViolationException(ErrorCode.MISSING_VALUE, "subjectId", "A " + role
                    + " user names the client, owner, agent or crew member it acts for in subjectId");
        }
        if (!role.actsForOneSubject() && subjectId != null) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "subjectId", "A " + role
                    + " user acts for the operator: no subjectId");
        }
        return subjectId == null ? null : subjectId.strip();
    }
}
