package com.jetops.command.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param threshold events after which an aggregate is snapshotted, so loading stays O(1) */
@ConfigurationProperties("jetops.snapshots")
public record SnapshotProperties(@DefaultValue("100") int threshold) {
}
