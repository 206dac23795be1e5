package com.jetops.command.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.jetops.command.CommandApi;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static com.jetops.command.CommandApi.json;
import static com.jetops.command.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bookable operator for notification tests, through the real API: an aircraft of a type of its
 * own with two captains and two first officers rated on it (so the saga can confirm), and clients.
 */
final class Trips {
    final CommandApi api;
    final String type;
    final String aircraftId;
    final String tailNumber;

    Trips(CommandApi api) {
        this.api = api;
        type = "N" + (char) ('A' + new Random().nextInt(26)) + UUID.randomUUID().toString().substring(0, 2).toUpperCase();
        tailNumber = CommandApi.uniqueTail();
        aircraftId = created(api.post("/aircraft", """
                {"tailNumber":"%s","manufacturer":"Bombardier","model":"Challenger 350","typeDesignator":"%s",
                 "category":"SUPER_MIDSIZE_JET","yearOfManufacture":2021,"seatingCapacity":9,"rangeNm":3200,
                 "cruiseSpeedKt":470,"hourlyRate":{"amount":"6200.00","currency":"USD"},"baseAirport":"KTEB",
                 "amenities":["wifi"]}""".formatted(tailNumber, type)), "aircraftId");
        for (String position : List.of("CAPTAIN", "CAPTAIN", "FIRST_OFFICER", "FIRST_OFFICER")) {
            String id = created(api.post("/crew", """
                    {"employeeId":"P-%s","name":"Pilot %s","position":"%s","baseAirport":"KTEB",
                     "contact":{"phone":"+1 201 555 0123","emergencyContactName":"Dana Reyes","emergencyContactPhone":"+1 201 555 0188"}}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8), position, position)), "crewMemberId");
            ok(api.post("/crew/" + id + "/licences", """
                    {"kind":"AIRLINE_TRANSPORT_PILOT","number":"ATP-1","issuingAuthority":"FAA","expiresOn":"2030-01-31"}"""));
            ok(api.post("/crew/" + id + "/medical", "{\"medicalClass\":1,\"expiresOn\":\"2030-12-31\"}"));
            ok(api.post("/crew/" + id + "/type-ratings", "{\"typeDesignator\":\"" + type + "\"}"));
        }
    }

    /** A new individual client with this address; answers the id. */
    String client(String name, String email) {
        return created(api.post("/clients", """
                {"kind":"INDIVIDUAL","contact":{"name":"%s"},"email":"%s","phone":"+1 212 555 0142",
                 "billingAddress":{"line1":"745 Fifth Avenue","city":"New York","postalCode":"10151","country":"US"},
                 "emergencyContacts":[]}""".formatted(name, email)), "clientId");
    }

    /** KTEB→KBOS for 3 passengers on this aircraft (the catalog may need a moment to know it). */
    JsonNode quote(String clientId, Instant departure) {
        String body = """
                {"clientId":"%s","aircraftId":"%s","legs":[{"from":"KTEB","to":"KBOS","departure":"%s","passengers":3}]}"""
                .formatted(clientId, aircraftId, departure);
        return json(eventually(() -> api.post("/flights/quote", body), r -> r.statusCode() == 201));
    }

    /** Books the quote and answers the booking id. */
    String book(String quoteId) {
        StringBuilder passengers = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            passengers.append(i == 0 ? "" : ",").append("{\"name\":\"Passenger ").append(i)
                    .append("\",\"dateOfBirth\":\"1980-01-0").append(i + 1)
                    .append("\",\"nationality\":\"US\",\"passportNumber\":\"X100000").append(i).append("\"}");
        }
        HttpResponse<String> booked = api.post("/flights", "{\"quoteId\":\"" + quoteId + "\",\"passengers\":"
                + passengers + "]}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(202);
        return json(booked).get("bookingId").asText();
    }

    void report(String bookingId, int leg, String status, Instant at, Long airborneMinutes) {
        ok(api.post("/flights/" + bookingId + "/status", """
                {"legIndex":%d,"status":"%s","at":"%s","airborneMinutes":%s}"""
                .formatted(leg, status, at, airborneMinutes)));
    }

    static String created(HttpResponse<String> response, String idField) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get(idField).asText();
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }
}
