package com.jetops.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.platform.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.time.Instant;
import java.time.Duration;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Both apps: stateless bearer-token authentication (RS256 JWTs, issuer and audience checked) and
 * authorization by the {@link PermissionMatrix}; refusals are problem+json like every other error.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(JwtProperties.class)
public class JetopsSecurityAutoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(JetopsSecurityAutoConfiguration.class);

    /** The API and its documents load nothing from elsewhere and may not be framed. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Bean
    SecurityEventLog securityEventLog(JdbcTemplate jdbc) {
        return new SecurityEventLog(jdbc);
    }

    @Bean
    SecurityFilterChain jetopsSecurity(HttpSecurity http, JwtDecoder decoder, JwtProperties properties,
                                       ObjectMapper objectMapper, SecurityEventLog securityLog) throws Exception {
        AccessDeniedHandler denied = (request, response, e) -> {
            Refusal refusal = refusalOf(e);
            Caller caller = Caller.current().orElse(null);
            securityLog.record(SecurityEventLog.Type.PERMISSION_DENIED, caller == null ? null : caller.userId(),
                    caller == null ? null : caller.username(), request.getRemoteAddr(),
                    request.getMethod() + " " + UrlPathHelper.defaultInstance.getPathWithinApplication(request)
                            + ": " + refusal.message());
            refuse(response, objectMapper, refusal);
        };
        return http
                // Bearer tokens in a header, no cookies: there is no session for CSRF to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(corsSource(properties.allowedOrigins())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests
                        // Authorization was decided on the request itself; its error page and async
                        // continuation (streams, SSE) are not new requests.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .anyRequest().access(byPermissionMatrix()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(CallerAuthentication.fromToken()))
                        .authenticationEntryPoint((request, response, e) ->
                                refuse(response, objectMapper, new Refusal(ErrorCode.UNAUTHENTICATED, null,
                                        "Sign in: this needs a valid access token (Authorization: Bearer ...)")))
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                refuse(response, objectMapper, new Refusal(ErrorCode.UNAUTHENTICATED, null,
                                        "Sign in: this needs a valid access token (Authorization: Bearer ...)")))
                        .accessDeniedHandler(denied))
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        if (properties.publicKey() == null || !properties.publicKey().exists()) {
            throw new IllegalStateException("jetops.security.public-key is not set or not readable: every app needs "
                    + "the RS256 public key that verifies access tokens (bin/jetops generates a development pair "
                    + "under .jetops/keys)");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(properties))
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                && jwt.getAudience().contains(properties.audience())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), audience));
        return verifiedOnce(decoder);
    }

    /**
     * Remembers a verified token for a minute, so a client's next requests skip the RSA check and
     * the constant-time Base64 decoding (a fifth of a small command's CPU in the benchmark). Keyed
     * by the whole token, signature included; a remembered token past its expiry is verified
     * again, and so refused. Failures are not remembered.
     */
    static JwtDecoder verifiedOnce(JwtDecoder decoder) {
        Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(Duration.ofMinutes(1)).build();
        return token -> {
            Jwt jwt = verified.get(token, decoder::decode);
            if (jwt.getExpiresAt() == null || !jwt.getExpiresAt().isAfter(Instant.now())) {
                verified.invalidate(token);
                return decoder.decode(token);
            }
            return jwt;
        };
    }

    static RSAPublicKey publicKey(JwtProperties properties) {
        try (InputStream pem = properties.publicKey().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + properties.publicKey(), e);
        }
    }

    /** A denial that says why: a missing second factor, or the role. */
    private static final class Refused extends AuthorizationDecision {
        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(false);
            this.refusal = refusal;
        }
    }

    private static AuthorizationManager<RequestAuthorizationContext> byPermissionMatrix() {
        UrlPathHelper paths = UrlPathHelper.defaultInstance;
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation")
            public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
                HttpServletRequest request = context.getRequest();
                String path = paths.getPathWithinApplication(request);
                Optional<PermissionMatrix.Rule> rule = PermissionMatrix.ruleFor(request.getMethod(), path);
                if (rule.isEmpty()) {
                    log.warn("No permission rule for {} {}: refused", request.getMethod(), path);
                    return new Refused(new Refusal(ErrorCode.FORBIDDEN, null, "No one may " + request.getMethod()
                            + " " + path));
                }
                if (rule.get().access() == PermissionMatrix.Access.PUBLIC) {
                    return new AuthorizationDecision(true);
                }
                if (!(authentication.get().getPrincipal() instanceof Caller caller)) {
                    return new AuthorizationDecision(false);   // anonymous: the entry point answers 401
                }
                if (rule.get().access() == PermissionMatrix.Access.SIGNED_IN) {
                    return new AuthorizationDecision(true);
                }
                if (caller.role().loginNeedsSecondFactor() && !caller.secondFactor()) {
                    return new Refused(new Refusal(ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED, null, "A "
                            + caller.role() + " signs in with a TOTP code: enrol an authenticator "
                            + "(POST /auth/totp/enrolment), then sign in again"));
                }
                return rule.get().allows(caller.role()) ? new AuthorizationDecision(true)
                        : new Refused(new Refusal(ErrorCode.FORBIDDEN, null, "A " + caller.role() + " may not "
                        + request.getMethod() + " " + path));
            }
        };
    }

    private static Refusal refusalOf(Exception e) {
        if (e instanceof org.springframework.security.authorization.AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof Refused refused) {
            return refused.refusal;
        }
        return new Refusal(ErrorCode.FORBIDDEN, null, "Not allowed");
    }

    private static void refuse(HttpServletResponse response, ObjectMapper objectMapper, Refusal refusal)
            throws IOException {
        ProblemDetail problem = ProblemResponses.problem(refusal);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(allowedOrigins);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-TOTP-Code", "X-Correlation-Id"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }
}
