package com.jetops.gateway;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS is answered at the edge: a browser's preflight never reaches a service, and the services'
 * own CORS headers are dropped from proxied answers (see {@link ApiRoutes}) so that a browser never
 * sees them twice. The console itself is same-origin and needs none of this.
 */
@Configuration
class CrossOrigin implements WebMvcConfigurer {
    private final GatewayProperties properties;

    CrossOrigin(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.corsAllowedOrigins().isEmpty()) {
            return;
        }
        registry.addMapping("/**")
                .allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
                .allowedHeaders("Authorization", "Content-Type", "X-TOTP-Code", ForwardingHeaders.CORRELATION_HEADER)
                .exposedHeaders(ForwardingHeaders.CORRELATION_HEADER, "Retry-After", "Location")
                .maxAge(600);
    }
}
