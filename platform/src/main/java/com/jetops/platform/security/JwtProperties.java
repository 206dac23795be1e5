package com.jetops.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.time.Duration;
import java.util.List;

/**
 * Access tokens: RS256 JWTs. Both apps verify them with the public key; only the command side
 * (which hosts /auth) holds the private key. There is no built-in key: an app without one refuses
 * to start (bin/jetops generates a development pair under .jetops/keys, never committed).
 *
 * @param allowedOrigins browser origins allowed to call the API cross-origin (CORS); none by default
 */
@ConfigurationProperties("jetops.security")
public record JwtProperties(
        Resource publicKey,
        Resource privateKey,
        @DefaultValue("jetops") String issuer,
        @DefaultValue("jetops-api") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration refreshTokenTtl,
        @DefaultValue List<String> allowedOrigins) {
}
