package com.jetops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bin/jetops replay-track FILE [--aircraft TAIL_OR_ID] [--speed N]: feeds a recorded track to
 * POST /aircraft/{id}/positions as a live feed would, to demo the live map and the track history.
 * The track (CSV: time,lat,lon,altitude_ft,ground_speed_kt,heading; '#' lines are comments) is
 * shifted to start now and played in real time divided by the speed: with --speed 10 a 30-minute
 * flight takes 3 minutes and its reports are stamped 10 times closer together. What is due is
 * posted once a second as one batch.
 * <p>
 * Uses only the JDK, so bin/jetops runs it straight from this source file (java TrackReplay.java)
 * without a build. Environment: JETOPS_URL (the gateway, default http://localhost:8080),
 * JETOPS_TOKEN (an access token; bin/jetops signs in as the Super Admin and passes one).
 */
public final class TrackReplay {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Point(Instant time, double lat, double lon, int altitudeFt, int groundSpeedKt, int heading) {
    }

    private TrackReplay() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        String aircraft = null;
        double speed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--aircraft" -> aircraft = value(args, ++i);
                case "--speed" -> speed = Double.parseDouble(value(args, ++i));
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        usage("unknown argument " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null || aircraft == null) {
            usage(file == null ? "no track file given" : "--aircraft is required (a tail number or an aircraft id)");
        }
        if (!(speed > 0 && speed <= 1000)) {
            usage("--speed must be more than 0 and at most 1000");
        }
        String api = System.getenv().getOrDefault("JETOPS_URL", "http://localhost:8080").replaceAll("/+$", "");
        String token = System.getenv("JETOPS_TOKEN");
        if (token == null || token.isBlank()) {
            usage("JETOPS_TOKEN is not set (bin/jetops replay-track sets it)");
        }
        List<Point> track = read(file);
        String aircraftId = UUID.matcher(aircraft).matches() ? aircraft : lookUp(api, token, aircraft);
        replay(api, token, aircraftId, track, speed);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("replay-track: " + problem);
        System.err.println("usage: bin/jetops replay-track FILE [--aircraft TAIL_OR_ID] [--speed N]");
        System.exit(2);
    }

    static List<Point> read(Path file) throws IOException {
        List<Point> points = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("time,")) {
                continue;
            }
            String[] f = text.split(",");
            try {
                if (f.length != 6) {
                    throw new IllegalArgumentException("6 columns expected, found " + f.length);
                }
                Point point = new Point(Instant.parse(f[0].strip()), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        (int) Math.round(Double.parseDouble(f[3])), (int) Math.round(Double.parseDouble(f[4])),
                        (int) Math.round(Double.parseDouble(f[5])) % 360);
                if (!points.isEmpty() && !point.time().isAfter(points.get(points.size() - 1).time())) {
                    throw new IllegalArgumentException("times must increase");
                }
                points.add(point);
            } catch (RuntimeException e) {
                usage(file + " line " + lineNumber + ": " + e.getMessage());
            }
        }
        if (points.isEmpty()) {
            usage(file + " holds no points");
        }
        return points;
    }

    /** The fleet list through the gateway (the query side), page by page, for the exact tail number. */
    private static String lookUp(String api, String token, String tail) throws Exception {
        Pattern entry = Pattern.compile("\"aircraftId\":\"([^\"]+)\",\"tailNumber\":\"([^\"]+)\"");
        for (int page = 0; page < 50; page++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(api + "/aircraft?size=200&page=" + page))
                    .header("Authorization", "Bearer " + token).GET());
            if (answer.statusCode() != 200) {
                fail("GET /aircraft answered " + answer.statusCode() + ": " + answer.body());
            }
            Matcher m = entry.matcher(answer.body());
            boolean any = false;
            while (m.find()) {
                any = true;
                if (m.group(2).equalsIgnoreCase(tail)) {
                    return m.group(1);
                }
            }
            if (!any) {
                break;
            }
        }
        fail("no aircraft with tail number " + URLEncoder.encode(tail, StandardCharsets.UTF_8) + " in the fleet");
        return null;
    }

    private static void replay(String api, String token, String aircraftId, List<Point> track, double speed)
            throws Exception {
        Instant first = track.get(0).time();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Duration length = Duration.between(first, track.get(track.size() - 1).time());
        System.out.printf(Locale.ROOT, "replaying %d points (%s of flight) to aircraft %s at %s, speed ×%s: %s%n",
                track.size(), length, aircraftId, api, speed, Duration.ofMillis((long) (length.toMillis() / speed)));
        int next = 0;
        long sent = 0;
        while (next < track.size()) {
            Instant now = Instant.now();
            List<String> due = new ArrayList<>();
            while (next < track.size() && !stamped(track.get(next), first, start, speed).isAfter(now)) {
                due.add(json(track.get(next), stamped(track.get(next), first, start, speed)));
                next++;
            }
            if (!due.isEmpty()) {
                String batch = "{\"positions\":[" + String.join(",", due) + "]}";
                HttpResponse<String> answer = post(api, aircraftId, token, batch);
                if (answer.statusCode() == 401 && System.getenv("JETOPS_TOKEN_COMMAND") != null) {
                    // Access tokens live 15 minutes and a real-time track longer: sign in again once.
                    token = freshToken(System.getenv("JETOPS_TOKEN_COMMAND"));
                    answer = post(api, aircraftId, token, batch);
                }
                if (answer.statusCode() != 200) {
                    fail("POST /aircraft/" + aircraftId + "/positions answered " + answer.statusCode() + ": " + answer.body());
                }
                sent += due.size();
                Point last = track.get(next - 1);
                System.out.printf(Locale.ROOT, "%d/%d  %.4f %.4f  %d ft  %d kt  %03d°  %s%n", sent, track.size(),
                        last.lat(), last.lon(), last.altitudeFt(), last.groundSpeedKt(), last.heading(), answer.body());
            }
            if (next < track.size()) {
                // Until the next point is due, and after a post at least a second: one batch a second at most.
                long untilDue = Duration.between(Instant.now(), stamped(track.get(next), first, start, speed)).toMillis();
                long untilNextBatch = due.isEmpty() ? 0 : Duration.between(Instant.now(), now.plusSeconds(1)).toMillis();
                Thread.sleep(Math.max(0, Math.max(untilDue, untilNextBatch)));
            }
        }
        System.out.println("done: " + sent + " positions");
    }

    private static HttpResponse<String> post(String api, String aircraftId, String token, String batch)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(api + "/aircraft/" + aircraftId + "/positions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch)));
    }

    /** A new access token from the command bin/jetops names (its own sign-in). */
    private static String freshToken(String command) throws IOException, InterruptedException {
        Process signIn = new ProcessBuilder("sh", "-c", command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(signIn.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (signIn.waitFor() != 0 || token.isEmpty()) {
            fail("signing in again failed (" + command + ")");
        }
        return token;
    }

    /** The point's time on replay: now plus its offset into the track, divided by the speed. */
    static Instant stamped(Point point, Instant first, Instant start, double speed) {
        return start.plusNanos((long) (Duration.between(first, point.time()).toNanos() / speed));
    }

    private static String json(Point p, Instant time) {
        return String.format(Locale.ROOT,
                "{\"time\":\"%s\",\"lat\":%s,\"lon\":%s,\"altitudeFt\":%d,\"groundSpeedKt\":%d,\"heading\":%d,\"source\":\"replay\"}",
                time, p.lat(), p.lon(), p.altitudeFt(), p.groundSpeedKt(), p.heading());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            fail("cannot reach " + request.build().uri() + ": " + e);
            return null;
        }
    }

    private static void fail(String problem) {
        System.err.println("replay-track: " + problem);
        System.exit(1);
    }
}
