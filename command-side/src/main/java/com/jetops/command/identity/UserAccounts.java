package com.jetops.command.identity;

import com.jetops.api.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** User accounts and their credentials (table identity_user). Hashes and secrets never leave this package. */
@Repository
class UserAccounts {
    /** How many earlier passwords (the current one included) a new one may not repeat. */
    static final int REMEMBERED_PASSWORDS = 5;

    record UserAccount(String userId, String username, Role role, String subjectId, String passwordHash,
                       boolean active, String totpSecret, boolean totpEnabled, Instant createdAt) {

        UserView view() {
            return new UserView(userId, username, role, subjectId, active, totpEnabled, createdAt);
        }
    }

    /** A user as the API shows it: no hash, no secret. */
    record UserView(String userId, String username, Role role, String subjectId, boolean active,
                    boolean totpEnabled, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> byUsername(String username) {
        return jdbc.query("select * from identity_user where username = ?", UserAccounts::account, username)
                .stream().findFirst();
    }

    Optional<UserAccount> byId(String userId) {
        return jdbc.query("select * from identity_user where user_id = ?", UserAccounts::account, userId)
                .stream().findFirst();
    }

    List<UserView> all() {
        return jdbc.query("select * from identity_user order by username", UserAccounts::account)
                .stream().map(UserAccount::view).toList();
    }

    boolean anyWithRole(Role role) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from identity_user where role = ? and active)", Boolean.class, role.name()));
    }

    /** Throws DuplicateKeyException when the username is taken. */
    void create(UserAccount account) {
        jdbc.update("""
                        insert into identity_user (user_id, username, role, subject_id, password_hash, active,
                            created_at, password_changed_at)
                        values (?, ?, ?, ?, ?, true, ?, ?)""", account.userId(), account.username(),
                account.role().name(), account.subjectId(), account.passwordHash(),
                Timestamp.from(account.createdAt()), Timestamp.from(account.createdAt()));
    }

    /** The current hash and the last ones before it, newest first. */
    List<String> recentPasswordHashes(String userId) {
        return jdbc.queryForList("""
                        select password_hash from (
                            select password_hash, password_changed_at as changed_at from identity_user where user_id = ?
                            union all
                            select password_hash, changed_at from identity_password_history where user_id = ?
                        ) p order by changed_at desc limit ?""", String.class, userId, userId, REMEMBERED_PASSWORDS);
    }

    void changePassword(String userId, String newHash, Instant at) {
        jdbc.update("""
                        insert into identity_password_history (user_id, password_hash, changed_at)
                        select user_id, password_hash, password_changed_at from identity_user where user_id = ?""",
                userId);
        jdbc.update("update identity_user set password_hash = ?, password_changed_at = ? where user_id = ?", newHash,
                Timestamp.from(at), userId);
        jdbc.update("""
                        delete from identity_password_history where user_id = ? and changed_at not in (
                            select changed_at from identity_password_history where user_id = ?
                             order by changed_at desc limit ?)""", userId, userId, REMEMBERED_PASSWORDS - 1);
    }

    void changeRole(String userId, Role role, String subjectId) {
        jdbc.update("update identity_user set role = ?, subject_id = ? where user_id = ?", role.name(), subjectId,
                userId);
    }

    void deactivate(String userId) {
        jdbc.update("update identity_user set active = false where user_id = ?", userId);
    }

    /** A new, not yet confirmed secret; an enrolled authenticator stays in force until it is confirmed. */
    void startTotpEnrolment(String userId, String secret) {
        jdbc.update("update identity_user set totp_secret = ?, totp_last_step = null where user_id = ? "
                + "and not totp_enabled", secret, userId);
    }

    void enableTotp(String userId) {
        jdbc.update("update identity_user set totp_enabled = true where user_id = ?", userId);
    }

    /** Records the time step of an accepted code; false if that step or a later one was already used. */
    boolean useTotpStep(String userId, long step) {
        return jdbc.update("update identity_user set totp_last_step = ? where user_id = ? "
                + "and (totp_last_step is null or totp_last_step < ?)", step, userId, step) == 1;
    }

    private static UserAccount account(ResultSet row, int i) throws SQLException {
        return new UserAccount(row.getString("user_id"), row.getString("username"), Role.valueOf(row.getString("role")),
                row.getString("subject_id"), row.getString("password_hash"), row.getBoolean("active"),
                row.getString("totp_secret"), row.getBoolean("totp_enabled"),
                row.getTimestamp("created_at").toInstant());
    }
}
