package com.jetops.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's table (Markdown, printed and written) and every figure behind it (JSON). */
final class Report {
    /** One line of the table; {@code met} is null where the issue sets no target. */
    record Row(String scenario, String figure, String target, String measured, Boolean met) {
    }

    private final Settings settings;
    private final Instant started = Instant.now();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> profile = new ArrayList<>();

    Report(Settings settings) {
        this.settings = settings;
    }

    void row(String scenario, String figure, String target, String measured, Boolean met) {
        rows.add(new Row(scenario, figure, target, measured, met));
        System.out.printf("    %-22s %-38s %-16s %s%n", scenario, figure, measured, met == null ? "" : met ? "met" : "NOT MET");
    }

    void detail(String key, Object value) {
        details.put(key, value);
    }

    void note(String text) {
        notes.add(text);
    }

    void profile(String line) {
        profile.add(line);
    }

    static String f(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Benchmark ").append(DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC)))
                .append(settings.quick() ? " (--quick: sizes too small for the figures to mean anything)" : "")
                .append("\n\nMachine: ").append(settings.machine())
                .append(". Everything (PostgreSQL, Elasticsearch, both apps, the load generator) on the same machine.\n\n")
                .append("| Scenario | Figure | Target | Measured | |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.scenario()).append(" | ").append(row.figure()).append(" | ").append(row.target())
                    .append(" | ").append(row.measured()).append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "met" : "**not met**").append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n### Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        if (!profile.isEmpty()) {
            md.append("\n### Where the time goes\n\n");
            profile.forEach(line -> md.append(line).append('\n'));
        }
        return md.toString();
    }

    /** Writes bench/results/&lt;time&gt;.md and .json, and latest.md / latest.json beside them. */
    Path write() throws IOException {
        Files.createDirectories(settings.resultsDir());
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(started.atZone(ZoneOffset.UTC))
                + (settings.quick() ? "-quick" : "");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", started.toString());
        json.put("quick", settings.quick());
        json.put("machine", settings.machine());
        json.put("rows", rows);
        json.put("details", details);
        json.put("notes", notes);
        String markdown = markdown();
        String jsonText = Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        Files.writeString(settings.resultsDir().resolve(stamp + ".md"), markdown);
        Files.writeString(settings.resultsDir().resolve(stamp + ".json"), jsonText);
        Files.writeString(settings.resultsDir().resolve("latest.md"), markdown);
        Files.writeString(settings.resultsDir().resolve("latest.json"), jsonText);
        return settings.resultsDir().resolve(stamp + ".md");
    }
}
