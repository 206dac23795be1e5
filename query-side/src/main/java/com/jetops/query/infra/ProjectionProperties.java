package com.jetops.query.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every projection's pooled streaming processor runs.
 *
 * @param segments  segments a new processor is split into (parallelism; fixed once tokens exist)
 * @param batchSize events handled per transaction; larger batches replay faster
 */
@ConfigurationProperties("jetops.projections")
public record ProjectionProperties(@DefaultValue("2") int segments, @DefaultValue("100") int batchSize) {
}
