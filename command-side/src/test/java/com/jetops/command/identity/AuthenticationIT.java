package com.jetops.command.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.api.security.Role;
import com.jetops.command.CommandApi;
import com.jetops.platform.security.TokenMinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out through real HTTP, with real Argon2 hashes, real RS256 tokens and the real tables. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthenticationIT {
    private static final String PASSWORD = "Correct-Horse-42";
    /** A body no endpoint accepts: authorization is decided before it is read, and nothing can change. */
    private static final String MALFORMED = "{\"not json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private CommandApi api;

    @BeforeEach
    void setUp() {
        api = new CommandApi(port);
        // Every test signs in from 127.0.0.1: one test's failed logins must not demand a captcha in the next.
        jdbc.update("delete from security_event where type = 'LOGIN_FAILED'");
    }

    private String newUser(Role role, String subjectId) {
        String username = role.name().toLowerCase().replace('_', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
        HttpResponse<String> created = api.post("/users", """
                {"username":"%s","role":"%s","subjectId":%s,"password":"%s"}""".formatted(username, role,
                subjectId == null ? "null" : "\"" + subjectId + "\"", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("argon2").doesNotContain(PASSWORD);
        return username;
    }

    private HttpResponse<String> login(String username, String password, String extra) {
        return api.send("POST", "/auth/login", """
                {"username":"%s","password":"%s"%s}""".formatted(username, password, extra), Map.of());
    }

    private HttpResponse<String> as(String accessToken, String method, String path, String body) {
        return api.send(method, path, body, Map.of("Authorization", "Bearer " + accessToken));
    }

    @Test
    void aUserSignsInRefreshesAndAReusedRefreshTokenEndsTheSession() {
        String username = newUser(Role.OPERATIONS_MANAGER, null);
        JsonNode tokens = json(login(username.toUpperCase(), PASSWORD, ""));
        assertThat(tokens.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isBetween(890L, 900L);
        JsonNode me = json(as(tokens.get("accessToken").asText(), "GET", "/auth/me", null));
        assertThat(me.get("username").asText()).isEqualTo(username);
        assertThat(me.get("role").asText()).isEqualTo("OPERATIONS_MANAGER");
        assertThat(me.toString()).doesNotContain("passwordHash").doesNotContain("totpSecret");

        String first = tokens.get("refreshToken").asText();
        HttpResponse<String> rotated = api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + first + "\"}", Map.of());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String second = json(rotated).get("refreshToken").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(as(json(rotated).get("accessToken").asText(), "GET", "/auth/me", null).statusCode()).isEqualTo(200);

        // The first token again: someone holds a copy. It is refused, and so is the rest of its family.
        HttpResponse<String> reused = api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + first + "\"}", Map.of());
        assertThat(reused.statusCode()).isEqualTo(401);
        assertThat(json(reused).get("code").asText()).isEqualTo("REFRESH_TOKEN_INVALID");
        assertThat(api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + second + "\"}", Map.of())
                .statusCode()).isEqualTo(401);
        // Both presentations of a spent token (the copy, then its revoked successor) are in the security log.
        assertThat(jdbc.queryForObject("select count(*) from security_event where type = 'REFRESH_TOKEN_REUSED' "
                + "and user_id = ?", Long.class, me.get("userId").asText())).isEqualTo(2);
        // The hash, never the token, is stored.
        assertThat(jdbc.queryForObject("select count(*) from identity_refresh_token where token_hash = ?", Long.class,
                first)).isZero();
    }

    @Test
    void logoutEndsTheSessionsRefreshTokens() {
        String username = newUser(Role.CLIENT_SERVICES, null);
        JsonNode tokens = json(login(username, PASSWORD, ""));
        assertThat(as(tokens.get("accessToken").asText(), "GET", "/auth/logout", null).statusCode()).isEqualTo(204);
        assertThat(api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + tokens.get("refreshToken").asText()
                + "\"}", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void afterThreeFailuresALoginNeedsASolvedCaptcha() throws Exception {
        String username = newUser(Role.CLIENT_SERVICES, null);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = login(username, "Wrong-Password-" + i, "");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(json(wrong).get("code").asText()).isEqualTo("INVALID_CREDENTIALS");
        }
        HttpResponse<String> blocked = login(username, PASSWORD, "");
        assertThat(blocked.statusCode()).isEqualTo(401);
        assertThat(json(blocked).get("code").asText()).isEqualTo("CAPTCHA_REQUIRED");

        String uid = UUID.randomUUID().toString();
        HttpResponse<byte[]> image = api.sendForBytes("/auth/captcha/" + uid);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(image.body()))).isNotNull();
        HttpResponse<String> wrongAnswer = login(username, PASSWORD,
                ",\"captchaUid\":\"" + uid + "\",\"captchaAnswer\":\"NOPE\"");
        assertThat(json(wrongAnswer).get("code").asText()).isEqualTo("CAPTCHA_REQUIRED");

        // The image's text is random; this test sets a challenge whose answer it knows, as the endpoint stores it.
        String known = UUID.randomUUID().toString();
        jdbc.update("insert into identity_captcha (uid, answer_hash, expires_at) values (?, ?, now() + interval '1 minute')",
                known, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("K7XWP3".getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> solved = login(username, PASSWORD, ",\"captchaUid\":\"" + known + "\",\"captchaAnswer\":\"k7xwp3\"");
        assertThat(solved.statusCode()).as(solved.body()).isEqualTo(200);
        // Single use: the same answer again is refused (the failures still count until a success... which just happened).
        assertThat(jdbc.queryForObject("select count(*) from identity_captcha where uid = ?", Long.class, known)).isZero();
        assertThat(login(username, PASSWORD, "").statusCode()).isEqualTo(200);
    }

    @Test
    void aFinanceManagerMustEnrolTotpAndThenSignsInWithIt() {
        String username = newUser(Role.FINANCE_MANAGER, null);
        JsonNode first = json(login(username, PASSWORD, ""));
        assertThat(first.get("secondFactor").asBoolean()).isFalse();
        String limited = first.get("accessToken").asText();
        // Until enrolled, a Finance Manager's session can do nothing but enrol.
        HttpResponse<String> refused = as(limited, "PUT", "/pricing/rules", MALFORMED);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("code").asText()).isEqualTo("SECOND_FACTOR_ENROLMENT_REQUIRED");

        JsonNode enrolment = json(as(limited, "POST", "/auth/totp/enrolment", null));
        String secret = enrolment.get("secret").asText();
        assertThat(enrolment.get("otpauthUri").asText()).startsWith("otpauth://totp/JetOps:").contains("secret=" + secret);
        long step = Totp.timeStep(Instant.now());
        HttpResponse<String> wrong = as(limited, "POST", "/auth/totp/enrolment/confirm", "{\"code\":\"000000\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> confirmed = as(limited, "POST", "/auth/totp/enrolment/confirm",
                "{\"code\":\"" + Totp.codeAt(secret, step) + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).get("secondFactor").asBoolean()).isTrue();
        // Past authorization now: the malformed body is what is refused.
        assertThat(as(json(confirmed).get("accessToken").asText(), "PUT", "/pricing/rules", MALFORMED).statusCode())
                .isEqualTo(400);

        HttpResponse<String> withoutCode = login(username, PASSWORD, "");
        assertThat(json(withoutCode).get("code").asText()).isEqualTo("SECOND_FACTOR_REQUIRED");
        // The code just used is spent; the next step's (within the drift window) is accepted once.
        HttpResponse<String> replayed = login(username, PASSWORD, ",\"totpCode\":\"" + Totp.codeAt(secret, step) + "\"");
        assertThat(replayed.statusCode()).isEqualTo(401);
        String next = Totp.codeAt(secret, step + 1);
        assertThat(login(username, PASSWORD, ",\"totpCode\":\"" + next + "\"").statusCode()).isEqualTo(200);
        assertThat(login(username, PASSWORD, ",\"totpCode\":\"" + next + "\"").statusCode()).isEqualTo(401);
    }

    @Test
    void aPayoutNeedsAFreshCodeEvenInASessionThatHadOne() {
        String username = newUser(Role.FINANCE_MANAGER, null);
        String limited = json(login(username, PASSWORD, "")).get("accessToken").asText();
        String secret = json(as(limited, "POST", "/auth/totp/enrolment", null)).get("secret").asText();
        long step = Totp.timeStep(Instant.now());
        String token = json(as(limited, "POST", "/auth/totp/enrolment/confirm",
                "{\"code\":\"" + Totp.codeAt(secret, step) + "\"}")).get("accessToken").asText();
        String payout = "/invoices/" + UUID.randomUUID() + "/owner-payout";

        HttpResponse<String> noCode = as(token, "POST", payout, "{}");
        assertThat(noCode.statusCode()).isEqualTo(401);
        assertThat(json(noCode).get("code").asText()).isEqualTo("SECOND_FACTOR_REQUIRED");
        HttpResponse<String> withCode = api.send("POST", payout, "{}", Map.of("Authorization", "Bearer " + token,
                "X-TOTP-Code", Totp.codeAt(secret, step + 1)));
        assertThat(withCode.statusCode()).as(withCode.body()).isNotIn(401, 403);
    }

    @Test
    void passwordsFollowTheRulesAndAChangeEndsOtherSessions() {
        String username = newUser(Role.CLIENT_SERVICES, null);
        JsonNode here = json(login(username, PASSWORD, ""));
        JsonNode elsewhere = json(login(username, PASSWORD, ""));
        String token = here.get("accessToken").asText();
        for (String weak : new String[] {"short1A!", "alllowercaseletters", username.split("@")[0] + "X1!aaaa", PASSWORD}) {
            HttpResponse<String> refused = as(token, "POST", "/auth/change-password",
                    "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + weak + "\"}");
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(json(refused).at("/errors/0/field").asText()).isEqualTo("newPassword");
        }
        assertThat(as(token, "POST", "/auth/change-password",
                "{\"currentPassword\":\"wrong\",\"newPassword\":\"Another-Secret-77\"}").statusCode()).isEqualTo(401);
        assertThat(as(token, "POST", "/auth/change-password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Another-Secret-77\"}").statusCode())
                .isEqualTo(204);
        assertThat(login(username, PASSWORD, "").statusCode()).isEqualTo(401);
        assertThat(login(username, "Another-Secret-77", "").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + elsewhere.get("refreshToken").asText()
                + "\"}", Map.of()).statusCode()).isEqualTo(401);
        assertThat(api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + here.get("refreshToken").asText()
                + "\"}", Map.of()).statusCode()).isEqualTo(200);
        // Going back to the first password is reuse.
        String changed = json(login(username, "Another-Secret-77", "")).get("accessToken").asText();
        assertThat(as(changed, "POST", "/auth/change-password",
                "{\"currentPassword\":\"Another-Secret-77\",\"newPassword\":\"" + PASSWORD + "\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aDeactivatedUserCannotSignInOrRefresh() {
        String username = newUser(Role.OPERATIONS_MANAGER, null);
        JsonNode tokens = json(login(username, PASSWORD, ""));
        String userId = tokens.at("/user/userId").asText();
        assertThat(api.post("/users/" + userId + "/deactivate", null).statusCode()).isEqualTo(200);
        assertThat(login(username, PASSWORD, "").statusCode()).isEqualTo(401);
        assertThat(api.send("POST", "/auth/refresh-token", "{\"refreshToken\":\"" + tokens.get("refreshToken").asText()
                + "\"}", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void missingForgedExpiredOrForeignTokensAre401Problems() throws Exception {
        HttpResponse<String> none = api.send("POST", "/aircraft", CommandApi.registrationBody(CommandApi.uniqueTail()), Map.of());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(json(none).get("code").asText()).isEqualTo("UNAUTHENTICATED");

        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                keys.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        String forged = new TokenMinter(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)), "jetops",
                "jetops-api").mint(Role.SUPER_ADMIN, null);
        // Issued 20 minutes ago for 15: expired beyond the verifier's minute of clock skew.
        String expired = TokenMinter.development().mint(new com.jetops.platform.security.Caller(UUID.randomUUID().toString(),
                "x@example.com", Role.SUPER_ADMIN, null, true, null), Instant.now().minus(Duration.ofMinutes(20)),
                Duration.ofMinutes(15));
        var devKey = java.nio.file.Files.newInputStream(java.nio.file.Path.of(System.getenv().getOrDefault("JETOPS_KEYS_DIR",
                "../.jetops/keys"), "jwt-private.pem"));
        String foreignAudience = new TokenMinter(devKey, "jetops", "another-api").mint(Role.SUPER_ADMIN, null);
        for (String token : new String[] {forged, expired, foreignAudience, "not-a-jwt"}) {
            HttpResponse<String> refused = api.send("POST", "/aircraft", CommandApi.registrationBody(CommandApi.uniqueTail()),
                    Map.of("Authorization", "Bearer " + token));
            assertThat(refused.statusCode()).as(token).isEqualTo(401);
        }
        // A role that may not: 403, and the denial is in the security log.
        String crew = TokenMinter.development().mint(Role.CREW_MEMBER, UUID.randomUUID().toString());
        HttpResponse<String> forbidden = api.send("POST", "/aircraft", CommandApi.registrationBody(CommandApi.uniqueTail()),
                Map.of("Authorization", "Bearer " + crew));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(jdbc.queryForObject("select count(*) from security_event where type = 'PERMISSION_DENIED' "
                + "and detail like 'POST /aircraft%'", Long.class)).isPositive();
    }

    @Test
    void everyEventNamesWhoCausedIt() {
        String username = newUser(Role.OPERATIONS_MANAGER, null);
        JsonNode tokens = json(login(username, PASSWORD, ""));
        HttpResponse<String> registered = as(tokens.get("accessToken").asText(), "POST", "/aircraft",
                CommandApi.registrationBody(CommandApi.uniqueTail()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String aircraftId = json(registered).get("aircraftId").asText();
        String metadata = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", String.class, aircraftId);
        assertThat(metadata).contains("\"user\":\"" + tokens.at("/user/userId").asText() + "\"")
                .contains("\"username\":\"" + username + "\"").contains("\"role\":\"OPERATIONS_MANAGER\"")
                .contains("\"address\":\"127.0.0.1\"");
    }
}
