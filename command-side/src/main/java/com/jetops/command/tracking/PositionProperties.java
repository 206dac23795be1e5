package com.jetops.command.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

/**
 * The position stream's limits and retention.
 *
 * @param maxBatch   most reports in one POST; a larger batch is refused with 413 (5,000 reports are ~650 kB
 *                   of JSON, under the 1 MB body limit)
 * @param retention  points older than this (whole UTC days) leave the table for the archive
 * @param archiveDir where the archive job writes one gzip CSV per day, positions-YYYY-MM-DD.csv.gz
 * @param archiveAt  the time of day (UTC) the archive job runs
 */
@ConfigurationProperties("jetops.positions")
record PositionProperties(
        @DefaultValue("5000") int maxBatch,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("positions-archive") Path archiveDir,
        @DefaultValue("02:30") LocalTime archiveAt) {
}
