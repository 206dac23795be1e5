package com.jetops.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Problem+json error mapping for every JetOps app. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import({ProblemResponses.class, ProblemErrorController.class, ProblemErrorReportValve.Installer.class})
public class WebPlatformAutoConfiguration {
}
