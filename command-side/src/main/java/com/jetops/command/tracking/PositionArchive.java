package com.jetops.command.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Retention of the position stream: points of whole UTC days older than the retention move to
 * one gzip CSV per day in the archive directory, then leave the table.
 * <p>
 * A day is archived in one transaction: its rows are deleted (returning them), written to a
 * temporary file that is then renamed into place, and only then is the deletion committed. A
 * failure before the rename rolls the deletion back, so no point is ever lost; a failure of the
 * commit itself after the rename would leave the points in the table and archive them again
 * next time (at least once, never zero times). A day archived before (a late report for it
 * arrived since) gets a second file, {@code positions-2026-01-31-2.csv.gz}.
 */
@Component
class PositionArchive {
    private static final Logger log = LoggerFactory.getLogger(PositionArchive.class);
    static final String HEADER = "aircraft_id,time,lat,lon,altitude_ft,ground_speed_kt,heading,source";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PositionProperties properties;

    PositionArchive(JdbcTemplate jdbc, PlatformTransactionManager transactions, PositionProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** What one run did. */
    record Archived(int days, long points, List<Path> files) {
    }

    private record Point(String aircraftId, Instant time, double lat, double lon, int altitudeFt, int groundSpeedKt,
                         int heading, String source) {
    }

    /** Archives every whole UTC day that ended before {@code now} minus the retention. */
    Archived archive(Instant now) {
        Instant cutoff = now.minus(properties.retention()).truncatedTo(ChronoUnit.DAYS);
        List<Path> files = new ArrayList<>();
        long points = 0;
        Instant oldest;
        while ((oldest = oldestBefore(cutoff)) != null) {
            LocalDate day = LocalDate.ofInstant(oldest, ZoneOffset.UTC);
            long[] count = new long[1];
            Path file = transaction.execute(status -> archiveDay(day, count));
            files.add(file);
            points += count[0];
            log.info("Archived {} positions of {} to {}", count[0], day, file);
        }
        return new Archived(files.size(), points, files);
    }

    private Instant oldestBefore(Instant cutoff) {
        Timestamp oldest = jdbc.queryForObject(
                "select min(reported_at) from aircraft_position where reported_at < ?", Timestamp.class,
                Timestamp.from(cutoff));
        return oldest == null ? null : oldest.toInstant();
    }

    /** One day, aircraft by aircraft so that memory holds one aircraft's day (86,400 points at 1/s) at most. */
    private Path archiveDay(LocalDate day, long[] count) {
        Timestamp from = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<String> aircraft = jdbc.queryForList("""
                select distinct aircraft_id from aircraft_position
                 where reported_at >= ? and reported_at < ? order by aircraft_id""", String.class, from, to);
        try {
            Path dir = Files.createDirectories(properties.archiveDir());
            Path temporary = Files.createTempFile(dir, "positions-" + day, ".tmp");
            try {
                try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(temporary)),
                        StandardCharsets.UTF_8)) {
                    out.write(HEADER);
                    out.write('\n');
                    for (String aircraftId : aircraft) {
                        for (Point p : delete(aircraftId, from, to)) {
                            // Sources are letters, digits and " ._:/-" (checked on ingest): no CSV quoting needed.
                            out.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%d,%s%n", p.aircraftId(),
                                    p.time(), p.lat(), p.lon(), p.altitudeFt(), p.groundSpeedKt(), p.heading(),
                                    p.source()));
                            count[0]++;
                        }
                    }
                }
                Path target = freeName(dir, day);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // Rolls the day's deletions back: the points stay in the table until a run can write them.
            throw new UncheckedIOException("could not archive the positions of " + day, e);
        }
    }

    private List<Point> delete(String aircraftId, Timestamp from, Timestamp to) {
        List<Point> points = new ArrayList<>(jdbc.query("""
                        delete from aircraft_position where aircraft_id = ? and reported_at >= ? and reported_at < ?
                        returning aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source""",
                (row, n) -> new Point(row.getString(1), row.getTimestamp(2).toInstant(), row.getDouble(3),
                        row.getDouble(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getString(8)),
                aircraftId, from, to));
        points.sort(Comparator.comparing(Point::time));
        return points;
    }

    private static Path freeName(Path dir, LocalDate day) {
        Path path = dir.resolve("positions-" + day + ".csv.gz");
        for (int n = 2; Files.exists(path); n++) {
            path = dir.resolve("positions-" + day + "-" + n + ".csv.gz");
        }
        return path;
    }
}
