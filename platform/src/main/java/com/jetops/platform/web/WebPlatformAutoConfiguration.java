package com.jetops.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Problem+json error mapping for every JetOps app. */
@AutoConfiguration
@Import(ProblemResponses.class)
public class WebPlatformAutoConfiguration {
}
