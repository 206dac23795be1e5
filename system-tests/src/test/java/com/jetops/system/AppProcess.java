package com.jetops.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of the real app jars, started as its own JVM, as bin/jetops starts it. */
final class AppProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> arguments;
    private Process process;

    AppProcess(String name, String jarProperty, List<String> arguments) {
        this.name = name;
        this.jar = Path.of(System.getProperty(jarProperty, "../" + name + "/target/" + name + ".jar"));
        this.port = freePort();
        this.arguments = arguments;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    void start() throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the apps first");
        }
        Path log = Path.of("target", "system-logs", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(keyArguments());
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHealthy(Duration.ofSeconds(240), log);   // a start on a loaded 2-core machine can take minutes
    }

    /** The development key pair bin/jetops generated: the command side signs with it, both apps verify. */
    private static List<String> keyArguments() {
        String configured = System.getenv("JETOPS_KEYS_DIR");
        Path keys = (configured != null ? Path.of(configured) : Path.of("../.jetops/keys")).toAbsolutePath();
        return List.of("--jetops.security.public-key=file:" + keys.resolve("jwt-public.pem"),
                "--jetops.security.private-key=file:" + keys.resolve("jwt-private.pem"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitHealthy(Duration timeout, Path log) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not healthy within " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hooks, no graceful flush; what was acknowledged must already be durable. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static File logDirectory() {
        return Path.of("target", "system-logs").toFile();
    }
}
