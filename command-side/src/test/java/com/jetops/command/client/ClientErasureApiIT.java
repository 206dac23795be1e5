package com.jetops.command.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.command.CommandApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasing a client through HTTP: a Super Admin with a fresh TOTP code; the key goes, the e-mail is free again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClientErasureApiIT {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSuperAdminWithAFreshCodeErasesAClient() throws Exception {
        CommandApi api = new CommandApi(port);
        String email = "eleanor." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = """
                {"kind":"INDIVIDUAL","contact":{"name":"Eleanor Vance"},"email":"%s","phone":"+1 212 555 0142",
                 "billingAddress":{"line1":"745 Fifth Avenue","city":"New York","postalCode":"10151","country":"US"},
                 "emergencyContacts":[]}""".formatted(email);
        HttpResponse<String> registered = api.post("/clients", body);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String clientId = json(registered).get("clientId").asText();
        String stored = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0", String.class, clientId);
        assertThat(stored).doesNotContain("Eleanor", email, "745 Fifth").contains("$personal");

        // Other tests' failed logins from this address must not demand a captcha here.
        jdbc.update("delete from security_event where type = 'LOGIN_FAILED'");
        Admin admin = Admin.enrolled(api);
        HttpResponse<String> withoutCode = api.send("POST", "/clients/" + clientId + "/erase", null,
                Map.of("Authorization", "Bearer " + admin.token()));
        assertThat(withoutCode.statusCode()).isEqualTo(401);
        HttpResponse<String> erased = api.send("POST", "/clients/" + clientId + "/erase", null,
                Map.of("Authorization", "Bearer " + admin.token(), "X-TOTP-Code", admin.nextCode()));
        assertThat(erased.statusCode()).as(erased.body()).isBetween(200, 299);

        assertThat(jdbc.queryForObject("select key is null and erased_at is not null from privacy_subject_key "
                + "where subject_id = ?", Boolean.class, clientId)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from client_email where client_id = ?", Long.class, clientId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? and "
                + "payload_type like '%ClientPersonalDataErasedEvent'", Long.class, clientId)).isEqualTo(1);
        // The address is free for someone new; the erased client can no longer be changed.
        assertThat(api.post("/clients", body).statusCode()).isEqualTo(201);
        assertThat(api.send("PUT", "/clients/" + clientId, body).statusCode()).isEqualTo(409);
    }

    /** A real Super Admin user who enrolled an authenticator: a session with the second factor, and fresh codes. */
    record Admin(String token, String secret, long[] step) {
        static Admin enrolled(CommandApi api) {
            String username = "admin." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            String password = "Correct-Horse-42";
            assertThat(api.post("/users", """
                    {"username":"%s","role":"SUPER_ADMIN","password":"%s"}""".formatted(username, password))
                    .statusCode()).isEqualTo(201);
            String limited = json(api.send("POST", "/auth/login", """
                    {"username":"%s","password":"%s"}""".formatted(username, password), Map.of()))
                    .get("accessToken").asText();
            Map<String, String> auth = Map.of("Authorization", "Bearer " + limited);
            JsonNode enrolment = json(api.send("POST", "/auth/totp/enrolment", null, auth));
            String secret = enrolment.get("secret").asText();
            long step = com.jetops.command.identity.TestTotp.timeStep();
            String token = json(api.send("POST", "/auth/totp/enrolment/confirm",
                    "{\"code\":\"" + com.jetops.command.identity.TestTotp.code(secret, step) + "\"}", auth))
                    .get("accessToken").asText();
            return new Admin(token, secret, new long[] {step});
        }

        /** The next unused code within the accepted window. */
        String nextCode() {
            step[0]++;
            return com.jetops.command.identity.TestTotp.code(secret, step[0]);
        }
    }
}
