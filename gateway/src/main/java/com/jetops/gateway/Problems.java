package com.jetops.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** The gateway's own refusals in the same RFC 9457 problem+json shape the services use. */
final class Problems {
    private Problems() {
    }

    static ServerResponse unavailable(Upstream upstream, String path) {
        Map<String, Object> body = body(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The " + upstream.serviceName + " does not answer; retry shortly.", path);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "5").header(Upstream.HEADER, upstream.serviceName).body(body);
    }

    static Map<String, Object> body(HttpStatus status, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        return body;
    }
}
