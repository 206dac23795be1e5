package com.jetops.query.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param indexPrefix put before every alias and index name, so tests and environments can share a cluster */
@ConfigurationProperties("jetops.search")
public record SearchProperties(@DefaultValue("") String indexPrefix) {
}
