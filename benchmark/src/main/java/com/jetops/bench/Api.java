package com.jetops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Plain HTTP/1.1 JSON calls with a bearer token; one client (and its connection pool) per instance. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What came back: status, parsed body (null when empty or not JSON) and the time taken. */
    record Answer(int status, JsonNode body, long nanos) {
        boolean ok() {
            return status / 100 == 2;
        }

        String text(String field) {
            return body == null ? null : body.path(field).asText(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Supplier<String> token;

    Api(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Answer post(String path, Object body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }


    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        String bearer = token.get();
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            JsonNode body = null;
            byte[] bytes = response.body();
            if (bytes.length > 0 && (bytes[0] == '{' || bytes[0] == '[')) {
                body = JSON.readTree(bytes);
            }
            return new Answer(response.statusCode(), body, nanos);
        } catch (IOException e) {
            // Counted as an error of the run (status 0), never hidden.
            return new Answer(0, null, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, System.nanoTime() - start);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
