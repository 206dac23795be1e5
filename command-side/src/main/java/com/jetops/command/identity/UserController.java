package com.jetops.command.identity;

import com.jetops.api.common.Require;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Users", description = "Super Admin: users, roles and the security log")
class UserController {
    private final UserAdministration administration;
    private final JdbcTemplate jdbc;

    UserController(UserAdministration administration, JdbcTemplate jdbc) {
        this.administration = administration;
        this.jdbc = jdbc;
    }

    @GetMapping("/users")
    @Operation(summary = "Every user with role, subject and whether TOTP is enrolled")
    List<UserAccounts.UserView> users() {
        return administration.all();
    }

    @PostMapping("/users")
    @Operation(summary = "Creates a user; client, owner, agent and crew users name the subject they act for")
    ResponseEntity<UserAccounts.UserView> create(@RequestBody UserAdministration.NewUser user, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(administration.create(user, caller(), http.getRemoteAddr()));
    }

    @PostMapping("/users/{id}/deactivate")
    @Operation(summary = "Deactivates a user: no more logins, every session ends")
    UserAccounts.UserView deactivate(@PathVariable("id") String id, HttpServletRequest http) {
        return administration.deactivate(userId(id), caller(), http.getRemoteAddr());
    }

    record RoleChange(Role role, String subjectId) {
    }

    @PutMapping("/users/{id}/role")
    @Operation(summary = "Changes a user's role (needs a fresh TOTP code in X-TOTP-Code); every session ends")
    UserAccounts.UserView changeRole(@PathVariable("id") String id, @RequestBody RoleChange change,
                                     HttpServletRequest http) {
        return administration.changeRole(userId(id), change.role(), change.subjectId(), caller(), http.getRemoteAddr());
    }

    record SecurityEvent(long id, Instant at, String type, String userId, String username, String address,
                         String detail) {
    }

    @GetMapping("/security-events")
    @Operation(summary = "The security log, newest first: logins, failures, logouts, token reuse, denials, user changes")
    List<SecurityEvent> securityEvents(@RequestParam(required = false) String type,
                                       @RequestParam(required = false) String username,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                       @RequestParam(defaultValue = "100") int size) {
        Require.that(size, s -> s >= 1 && s <= 1000, "size", "size must be between 1 and 1000");
        Require.that(type, t -> t == null || java.util.Arrays.stream(
                com.jetops.platform.security.SecurityEventLog.Type.values()).anyMatch(v -> v.name().equals(t)),
                "type", "type is one of the security event types, e.g. LOGIN_FAILED");
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (type != null) {
            where.append(" and type = ?");
            arguments.add(type);
        }
        if (username != null) {
            where.append(" and username = ?");
            arguments.add(username.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            where.append(" and at >= ?");
            arguments.add(Timestamp.from(from));
        }
        arguments.add(size);
        return jdbc.query("select * from security_event" + where + " order by id desc limit ?",
                (row, i) -> new SecurityEvent(row.getLong("id"), row.getTimestamp("at").toInstant(),
                        row.getString("type"), row.getString("user_id"), row.getString("username"),
                        row.getString("address"), row.getString("detail")), arguments.toArray());
    }

    private static String userId(String id) {
        return Require.parsed("id", () -> UUID.fromString(id).toString());
    }

    private static Caller caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("authorization let an anonymous call in"));
    }
}
