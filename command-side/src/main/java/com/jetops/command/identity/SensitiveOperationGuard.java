package com.jetops.command.identity;

import com.jetops.api.common.RuleViolationException;
import com.jetops.platform.security.Caller;
import com.jetops.platform.security.PermissionMatrix;
import com.jetops.platform.web.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;

/**
 * Operations the permission matrix marks sensitive (owner payouts, role changes, erasure) also
 * need a fresh TOTP code in the X-TOTP-Code header, whatever the session proved at login.
 * Runs after authentication and authorization (a servlet filter after Spring Security's chain).
 */
@Component
class SensitiveOperationGuard extends OncePerRequestFilter {
    static final String HEADER = "X-TOTP-Code";

    private final Authentication authentication;
    private final ObjectMapper objectMapper;

    SensitiveOperationGuard(Authentication authentication, ObjectMapper objectMapper) {
        this.authentication = authentication;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean sensitive = PermissionMatrix.ruleFor(request.getMethod(),
                UrlPathHelper.defaultInstance.getPathWithinApplication(request))
                .map(PermissionMatrix.Rule::sensitive).orElse(false);
        Caller caller = Caller.current().orElse(null);
        if (sensitive && caller != null) {
            try {
                authentication.requireFreshSecondFactor(caller, request.getHeader(HEADER), request.getRemoteAddr());
            } catch (RuleViolationException e) {
                ProblemDetail problem = ProblemResponses.problem(e.refusal());
                response.setStatus(problem.getStatus());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                objectMapper.writeValue(response.getOutputStream(), problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
