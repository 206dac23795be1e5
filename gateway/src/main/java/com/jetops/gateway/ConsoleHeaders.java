package com.jetops.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Browser protections for what the gateway serves itself (console, Swagger UI): scripts and data
 * only from this origin, no framing. Proxied answers keep the headers their service set.
 */
@Component
class ConsoleHeaders extends OncePerRequestFilter {
    private final OwnPaths ownPaths;

    ConsoleHeaders(OwnPaths ownPaths) {
        this.ownPaths = ownPaths;
    }

    // Inline styles: ECharts and Swagger UI position elements with style attributes.
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ownPaths.serves(request.getMethod(), request.getRequestURI())) {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }
}
