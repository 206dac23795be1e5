package com.jetops.platform.security;

import com.jetops.api.security.Role;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Signs JetOps access tokens (RS256) with a private key. The command side issues every real
 * token through it at login; tests and local tooling use it with the development key pair.
 */
public final class TokenMinter {
    private final NimbusJwtEncoder encoder;
    private final String issuer;
    private final String audience;

    public TokenMinter(InputStream privateKeyPem, String issuer, String audience) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsaKey(privateKeyPem))));
        this.issuer = issuer;
        this.audience = audience;
    }

    /** The development pair bin/jetops generates: $JETOPS_KEYS_DIR, else .jetops/keys above the working directory. */
    public static TokenMinter development() {
        String configured = System.getenv("JETOPS_KEYS_DIR");
        Path dir = configured != null ? Path.of(configured)
                : Files.isDirectory(Path.of("../.jetops/keys")) ? Path.of("../.jetops/keys") : Path.of(".jetops/keys");
        try (InputStream pem = Files.newInputStream(dir.resolve("jwt-private.pem"))) {
            return new TokenMinter(pem, "jetops", "jetops-api");
        } catch (IOException e) {
            throw new UncheckedIOException("No development key pair in " + dir.toAbsolutePath()
                    + ": bin/jetops infra generates it", e);
        }
    }

    public String mint(Caller caller, Duration lifetime) {
        return mint(caller, Instant.now(), lifetime);
    }

    public String mint(Caller caller, Instant now, Duration lifetime) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(caller.userId())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(CallerAuthentication.USERNAME, caller.username())
                .claim(CallerAuthentication.ROLE, caller.role().name())
                .claim(CallerAuthentication.SECOND_FACTOR, caller.secondFactor());
        if (caller.sessionId() != null) {
            claims.claim(CallerAuthentication.SESSION, caller.sessionId());
        }
        if (caller.subjectId() != null) {
            claims.claim(CallerAuthentication.SUBJECT_ID, caller.subjectId());
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }

    /** A token for a made-up user of {@code role} (second factor proven), for tests and tooling. */
    public String mint(Role role, String subjectId) {
        String userId = UUID.randomUUID().toString();
        return mint(new Caller(userId, role.name().toLowerCase() + "-" + userId.substring(0, 8) + "@test.jetops",
                role, subjectId, true, null), Duration.ofHours(1));
    }

    private static RSAKey rsaKey(InputStream privateKeyPem) {
        try {
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) RsaKeyConverters.pkcs8().convert(privateKeyPem);
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Not an RSA private key in PKCS#8 PEM", e);
        }
    }
}
