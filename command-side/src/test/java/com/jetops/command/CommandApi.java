package com.jetops.command;

import com.jetops.api.security.Role;
import com.jetops.platform.security.TokenMinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Real HTTP against the command side started by a test, with the request bodies tests share. */
public record CommandApi(int port) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final ObjectMapper JSON = new ObjectMapper();
    /** A Super Admin's access token (second factor proven), signed with the development key. */
    public static final String SUPER_ADMIN = "Bearer " + TokenMinter.development().mint(Role.SUPER_ADMIN, null);

    public static String uniqueTail() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase() + "T";
    }

    public static String registrationBody(String tail) {
        return """
                {"tailNumber":"%s","manufacturer":"Gulfstream","model":"G650ER","typeDesignator":"GLF6",
                 "category":"ULTRA_LONG_RANGE_JET","yearOfManufacture":2019,"seatingCapacity":14,"rangeNm":7500,
                 "cruiseSpeedKt":488,"hourlyRate":{"amount":"9800.00","currency":"USD"},"baseAirport":"KTEB",
                 "amenities":["wifi","full galley"]}""".formatted(tail);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, String body) {
        return send(method, path, body, java.util.Map.of("Authorization", SUPER_ADMIN));
    }

    /** With exactly these headers (e.g. another caller's token, or none). */
    public HttpResponse<String> send(String method, String path, String body, java.util.Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json");
            headers.forEach(request::header);
            return HTTP.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An anonymous GET answering bytes (images). */
    public HttpResponse<byte[]> sendForBytes(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    /** Registers a fresh aircraft and answers its id. */
    public String registerAircraft() {
        HttpResponse<String> response = post("/aircraft", registrationBody(uniqueTail()));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
        return json(response).get("aircraftId").asText();
    }
}
