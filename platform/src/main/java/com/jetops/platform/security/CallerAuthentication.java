package com.jetops.platform.security;

import com.jetops.api.security.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/** A verified access token as Spring Security's authentication, with the {@link Caller} as principal. */
public final class CallerAuthentication extends AbstractAuthenticationToken {
    /** Claim names of JetOps access tokens (besides iss, aud, sub, iat, exp, jti). */
    public static final String USERNAME = "name";
    public static final String ROLE = "role";
    public static final String SUBJECT_ID = "subjectId";
    public static final String SECOND_FACTOR = "mfa";
    public static final String SESSION = "sid";

    private final Caller caller;
    private final Jwt token;

    private CallerAuthentication(Caller caller, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    static Converter<Jwt, CallerAuthentication> fromToken() {
        return jwt -> new CallerAuthentication(new Caller(jwt.getSubject(), jwt.getClaimAsString(USERNAME),
                Role.valueOf(jwt.getClaimAsString(ROLE)), jwt.getClaimAsString(SUBJECT_ID),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(SECOND_FACTOR)), jwt.getClaimAsString(SESSION)), jwt);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.userId();
    }
}
