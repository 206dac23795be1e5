package com.jetops.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Abuse limits of both apps.
 *
 * @param maxBodySize              larger request bodies are refused with 413
 * @param authRequestsPerMinute    per client address on /auth/** (logins, refreshes, captchas)
 * @param userRequestsPerMinute    per signed-in user everywhere else
 * @param addressRequestsPerMinute per client address everywhere else
 */
@ConfigurationProperties("jetops.web")
public record WebLimits(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("10") int authRequestsPerMinute,
        @DefaultValue("600") int userRequestsPerMinute,
        @DefaultValue("1200") int addressRequestsPerMinute) {
}
