package com.jetops.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for one service behind the gateway, on a real socket: records what reached it and
 * answers with its own name, an OpenAPI document, or a slow event stream.
 */
final class FakeService {
    record Seen(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> String.join(",", e.getValue())).orElse(null);
        }
    }

    final String name;
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    volatile String openApi = "{}";
    /** A header this service adds to every ordinary answer (value "*"), when set. */
    volatile String extraHeader;
    private final HttpServer server;

    FakeService(String name) throws IOException {
        this.name = name;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        if (path.equals("/v3/api-docs")) {
            send(exchange, 200, "application/json", openApi);
        } else if (path.endsWith("/live")) {
            stream(exchange);
        } else {
            if (extraHeader != null) {
                exchange.getResponseHeaders().set(extraHeader, "*");
            }
            send(exchange, 200, "application/json", "{\"servedBy\":\"" + name + "\"}");
        }
    }

    /** Two events a second apart: a client that sees the first before the second was sent is streamed to. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(("event: flight\ndata: {\"at\":" + System.currentTimeMillis() + "}\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(1500);
            out.write(("event: flight\ndata: {\"at\":" + System.currentTimeMillis() + "}\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
