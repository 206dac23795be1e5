package com.jetops.gateway;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the gateway answers itself instead of proxying: the console's files (whatever lies under
 * static/, listed once at start, so the console can grow without touching the routes), WebJars,
 * Swagger UI, the merged OpenAPI document and its own health.
 */
@Component
class OwnPaths {
    private static final List<String> PREFIXES = List.of("/webjars/", "/swagger-ui", "/v3/api-docs", "/actuator/");

    private final Set<String> staticFiles = new HashSet<>();

    OwnPaths() throws IOException {
        String root = new PathMatchingResourcePatternResolver().getResource("classpath:static/").getURL().toString();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:static/**/*")) {
            String url = file.getURL().toString();
            if (file.isReadable() && url.startsWith(root)) {
                staticFiles.add("/" + url.substring(root.length()));
            }
        }
    }

    boolean serves(ServerRequest request) {
        return serves(request.method().name(), request.path());
    }

    boolean serves(String method, String path) {
        if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
            return false;
        }
        return path.equals("/") || PREFIXES.stream().anyMatch(path::startsWith) || staticFiles.contains(path);
    }
}
