package com.jetops.platform.security;

import com.jetops.api.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The signed-in user a request acts for, from its verified access token.
 *
 * @param subjectId    for roles acting for one subject (client, owner, agent, crew member): its id
 * @param secondFactor whether this session's login included a TOTP code
 * @param sessionId    the login session (its refresh-token family), revoked by logout
 */
public record Caller(String userId, String username, Role role, String subjectId, boolean secondFactor,
                     String sessionId) {

    /** The caller of the current request, if it carries a valid token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /** True when this caller sees only their own objects and {@code ownerOfObject} is not theirs. */
    public boolean isOutsider(String ownerOfObject) {
        return role.actsForOneSubject() && (subjectId == null || !subjectId.equals(ownerOfObject));
    }
}
