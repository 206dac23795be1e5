package com.jetops.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the services are told about a request besides what the caller sent: a correlation id (the
 * caller's when well-formed, else a new one, also answered back) and the caller's real address in
 * X-Forwarded-For, so rate limits and the audit trail name the client and not the gateway. Forwarded
 * headers a caller sends are dropped unless the caller is a trusted proxy in front of the gateway.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardingHeaders extends OncePerRequestFilter {
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final List<String> FORWARDED = List.of("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-port", "x-forwarded-proto", "x-forwarded-prefix", "x-real-ip");

    private final Pattern trustedProxies;

    ForwardingHeaders(GatewayProperties properties) {
        this.trustedProxies = Pattern.compile(properties.trustedProxies());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(CORRELATION_HEADER);
        String correlationId = given != null && CORRELATION_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(CORRELATION_HEADER, correlationId);

        Map<String, String> replaced = new LinkedHashMap<>();
        replaced.put(CORRELATION_HEADER.toLowerCase(Locale.ROOT), correlationId);
        String caller = request.getRemoteAddr();
        boolean fromTrustedProxy = trustedProxies.matcher(caller).matches();
        String earlierHops = fromTrustedProxy ? request.getHeader("X-Forwarded-For") : null;
        FORWARDED.forEach(name -> replaced.put(name, fromTrustedProxy ? request.getHeader(name) : null));
        replaced.put("x-forwarded-for", earlierHops == null || earlierHops.isBlank() ? caller : earlierHops + ", " + caller);
        if (!fromTrustedProxy) {
            replaced.put("x-forwarded-proto", request.getScheme());
            replaced.put("x-forwarded-host", request.getHeader("Host"));
            replaced.put("x-forwarded-port", String.valueOf(request.getServerPort()));
        }
        chain.doFilter(new Rewritten(request, replaced), response);
    }

    /** The request with some headers replaced (a null value removes the header). */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final Map<String, String> replaced;

        Rewritten(HttpServletRequest request, Map<String, String> replaced) {
            super(request);
            this.replaced = replaced;
        }

        @Override
        public String getHeader(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            return replaced.containsKey(key) ? replaced.get(key) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            if (!replaced.containsKey(key)) {
                return super.getHeaders(name);
            }
            String value = replaced.get(key);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Map<String, Boolean> names = new LinkedHashMap<>();
            Collections.list(super.getHeaderNames()).forEach(name -> {
                String key = name.toLowerCase(Locale.ROOT);
                if (!replaced.containsKey(key)) {
                    names.put(name, true);
                }
            });
            replaced.forEach((name, value) -> {
                if (value != null) {
                    names.put(name, true);
                }
            });
            return Collections.enumeration(names.keySet());
        }
    }
}
