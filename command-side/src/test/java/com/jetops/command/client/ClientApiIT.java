package com.jetops.command.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.command.CommandApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Client commands over real HTTP into the real event store, e-mail uniqueness on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClientApiIT {
    private static final ObjectMapper JSON = CommandApi.JSON;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> send(String method, String path, String body) {
        return new CommandApi(port).send(method, path, body);
    }

    private static String profile(String email) {
        return """
                {"kind":"INDIVIDUAL","contact":{"name":"Amelia Hart"},"email":"%s","phone":"+44 20 7946 0958",
                 "billingAddress":{"line1":"12 Eaton Square","city":"London","postalCode":"SW1W 9BD","country":"GB"},
                 "emergencyContacts":[{"name":"James Hart","relationship":"brother","phone":"+44 7700 900123"}]}"""
                .formatted(email);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void registersAClientAndRefusesTheSameEmailInAnyCase() throws Exception {
        String email = "amelia." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        HttpResponse<String> first = send("POST", "/clients", profile(email));
        long afterFirst = events();
        HttpResponse<String> second = send("POST", "/clients", profile(email.toUpperCase()));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).get("type").asText()).isEqualTo("urn:jetops:problem:email-taken");
        assertThat(events()).isEqualTo(afterFirst);
    }

    @Test
    void updatesPreferencesAndPaymentMethodsWithGrowingVersions() throws Exception {
        HttpResponse<String> created = send("POST", "/clients",
                profile("pref." + UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
        String id = JSON.readTree(created.body()).get("clientId").asText();

        HttpResponse<String> preferences = send("POST", "/clients/" + id + "/preferences", """
                {"dietaryRestrictions":["vegan"],"specialRequests":"quiet cabin",
                 "preferredAircraftCategories":["SUPER_MIDSIZE_JET"],"notificationChannels":["EMAIL"]}""");
        HttpResponse<String> payment = send("POST", "/clients/" + id + "/payment-methods",
                "{\"token\":\"pm_3Ox9\",\"brand\":\"AMEX\",\"lastFour\":\"1005\"}");

        assertThat(JSON.readTree(preferences.body()).get("version").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(payment.body()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void refusesACardNumberAndStoresNothing() throws Exception {
        HttpResponse<String> created = send("POST", "/clients",
                profile("card." + UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
        String id = JSON.readTree(created.body()).get("clientId").asText();
        long before = events();

        HttpResponse<String> refused = send("POST", "/clients/" + id + "/payment-methods",
                "{\"token\":\"4111-1111-1111-1111\",\"brand\":\"VISA\",\"lastFour\":\"1111\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("code").asText()).isEqualTo("CARD_NUMBER_REFUSED");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("token");
        assertThat(events()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where convert_from(payload, 'UTF8') "
                + "like '%4111-1111%'", Long.class)).isZero();
    }

    @Test
    void refusesBadInputNamingTheField() throws Exception {
        HttpResponse<String> response = send("POST", "/clients", profile("x@example.com")
                .replace("\"kind\":\"INDIVIDUAL\"", "\"kind\":\"ROBOT\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asText()).isEqualTo("kind");
    }
}
