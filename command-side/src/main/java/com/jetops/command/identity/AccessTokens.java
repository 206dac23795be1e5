package com.jetops.command.identity;

import com.jetops.platform.security.Caller;
import com.jetops.platform.security.JwtProperties;
import com.jetops.platform.security.TokenMinter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Issues access tokens; the command side, which hosts /auth, is the only holder of the private key. */
@Component
class AccessTokens {
    private final TokenMinter minter;
    private final JwtProperties properties;

    AccessTokens(JwtProperties properties) {
        this.properties = properties;
        if (properties.privateKey() == null || !properties.privateKey().exists()) {
            throw new IllegalStateException("jetops.security.private-key is not set or not readable: the command side "
                    + "signs access tokens with it (bin/jetops generates a development pair under .jetops/keys)");
        }
        try (InputStream pem = properties.privateKey().getInputStream()) {
            this.minter = new TokenMinter(pem, properties.issuer(), properties.audience());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + properties.privateKey(), e);
        }
    }

    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(UserAccounts.UserAccount user, boolean secondFactor, String sessionId) {
        Instant expiresAt = Instant.now().plus(properties.accessTokenTtl());
        String token = minter.mint(new Caller(user.userId(), user.username(), user.role(), user.subjectId(),
                secondFactor, sessionId), properties.accessTokenTtl());
        return new Issued(token, expiresAt);
    }
}
