package com.jetops.query;

import com.jetops.api.security.Role;
import com.jetops.platform.security.TokenMinter;

import java.net.URI;
import java.net.http.HttpRequest;

/** Requests carrying access tokens signed with the development key, as the command side issues them. */
public final class TestTokens {
    private static final TokenMinter MINTER = TokenMinter.development();
    /** A Super Admin who proved the second factor: every read is open to them. */
    public static final String SUPER_ADMIN = bearer(Role.SUPER_ADMIN, null);

    private TestTokens() {
    }

    public static String bearer(Role role, String subjectId) {
        return "Bearer " + MINTER.mint(role, subjectId);
    }

    /** A request as a Super Admin. */
    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", SUPER_ADMIN);
    }
}
