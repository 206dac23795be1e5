package com.jetops.command.tracking;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The retention job against the real PostgreSQL table and real files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PositionArchiveIT {
    /** A fixed "now" long past: with 90 days' retention the cut falls on 2026-03-17T00:00Z, before any other test's data. */
    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @TempDir
    Path archiveDir;

    PositionArchive archive;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        archive = archiveTo(archiveDir);
        first = UUID.randomUUID().toString();
        second = UUID.randomUUID().toString();
    }

    PositionArchive archiveTo(Path dir) {
        return new PositionArchive(jdbc, transactions,
                new PositionProperties(5000, Duration.ofDays(90), dir, LocalTime.of(2, 30)));
    }

    void store(String aircraftId, String time) {
        jdbc.update("""
                insert into aircraft_position
                    (aircraft_id, reported_at, latitude, longitude, altitude_ft, ground_speed_kt, heading, source)
                values (?, ?::timestamptz, 49.0125, 2.55, 35000, 460, 271, 'ADS-B')""", aircraftId, time);
    }

    long stored(String aircraftId) {
        return jdbc.queryForObject("select count(*) from aircraft_position where aircraft_id = ?", Long.class, aircraftId);
    }

    static List<String> lines(Path file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void movesWholeDaysOlderThanTheRetentionToOneGzipCsvPerDay() {
        store(second, "2026-03-01T23:59:59Z");
        store(first, "2026-03-01T10:00:10Z");
        store(first, "2026-03-01T10:00:00Z");
        store(first, "2026-03-02T00:00:00Z");
        store(first, "2026-03-17T00:00:00Z");   // the cut: kept
        store(first, "2026-06-01T08:00:00Z");   // recent: kept

        PositionArchive.Archived archived = archive.archive(NOW);

        assertThat(archived.days()).isEqualTo(2);
        assertThat(archived.points()).isEqualTo(4);
        Path march1 = archiveDir.resolve("positions-2026-03-01.csv.gz");
        Path march2 = archiveDir.resolve("positions-2026-03-02.csv.gz");
        assertThat(archived.files()).containsExactly(march1, march2);
        // By aircraft, then by time; the header names the columns.
        List<String> sorted = List.of(first, second).stream().sorted().toList();
        List<String> expectedMarch1 = sorted.get(0).equals(first)
                ? List.of(first + ",2026-03-01T10:00:00Z", first + ",2026-03-01T10:00:10Z", second + ",2026-03-01T23:59:59Z")
                : List.of(second + ",2026-03-01T23:59:59Z", first + ",2026-03-01T10:00:00Z", first + ",2026-03-01T10:00:10Z");
        List<String> march1Lines = lines(march1);
        assertThat(march1Lines.get(0)).isEqualTo(PositionArchive.HEADER);
        assertThat(march1Lines.subList(1, march1Lines.size()))
                .extracting(line -> line.substring(0, line.indexOf(',', 37)))
                .containsExactlyElementsOf(expectedMarch1);
        assertThat(march1Lines.get(1)).endsWith(",49.0125,2.55,35000,460,271,ADS-B");
        assertThat(lines(march2)).containsExactly(PositionArchive.HEADER,
                first + ",2026-03-02T00:00:00Z,49.0125,2.55,35000,460,271,ADS-B");
        assertThat(stored(first)).isEqualTo(2);
        assertThat(stored(second)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from aircraft_position where reported_at < '2026-03-17'",
                Long.class)).isZero();
    }

    @Test
    void aLateReportForAnArchivedDayGetsASecondFileAndNothingIsOverwritten() {
        store(first, "2026-03-05T12:00:00Z");
        archive.archive(NOW);
        store(first, "2026-03-05T12:00:10Z");

        PositionArchive.Archived again = archive.archive(NOW);

        assertThat(again.files()).containsExactly(archiveDir.resolve("positions-2026-03-05-2.csv.gz"));
        assertThat(lines(archiveDir.resolve("positions-2026-03-05.csv.gz"))).hasSize(2);
        assertThat(lines(archiveDir.resolve("positions-2026-03-05-2.csv.gz"))).hasSize(2);
        assertThat(archive.archive(NOW).days()).as("nothing left to archive").isZero();
    }

    @Test
    void whenTheFileCannotBeWrittenThePointsStayInTheTable() throws IOException {
        store(first, "2026-03-07T12:00:00Z");
        Path notADirectory = Files.writeString(archiveDir.resolve("occupied"), "a file where the directory should be");

        assertThatThrownBy(() -> archiveTo(notADirectory).archive(NOW)).isInstanceOf(UncheckedIOException.class);

        assertThat(stored(first)).isEqualTo(1);
        assertThat(archive.archive(NOW).points()).isEqualTo(1);
        assertThat(stored(first)).isZero();
    }

    @Test
    void theJobIsScheduledDailyInDbScheduler() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Timestamp next = jdbc.queryForObject(
                    "select execution_time from scheduled_tasks where task_name = ?", Timestamp.class,
                    PositionArchiveSchedule.TASK);
            assertThat(next).isNotNull();
            assertThat(LocalTime.ofInstant(next.toInstant(), java.time.ZoneOffset.UTC)).isEqualTo(LocalTime.of(2, 30));
        });
    }
}
