package com.jetops.platform.security;

import com.jetops.api.security.Role;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.jetops.api.security.Role.AIRCRAFT_OWNER;
import static com.jetops.api.security.Role.BOOKING_AGENT;
import static com.jetops.api.security.Role.CLIENT;
import static com.jetops.api.security.Role.CLIENT_SERVICES;
import static com.jetops.api.security.Role.CREW_MEMBER;
import static com.jetops.api.security.Role.FINANCE_MANAGER;
import static com.jetops.api.security.Role.MAINTENANCE_MANAGER;
import static com.jetops.api.security.Role.OPERATIONS_MANAGER;
import static com.jetops.api.security.Role.SUPER_ADMIN;

/**
 * Who may call what, for both apps, written once: every endpoint has a rule, a request no rule
 * matches is refused (fail closed), and the README's permission table is generated from here
 * ({@link #markdownTable()}). Roles listed under {@code own} reach the endpoint only for their
 * own objects (a client's bookings, an owner's aircraft...): the endpoint enforces that and
 * answers 404 for anything else. {@code sensitive} operations also need a fresh TOTP code.
 */
public final class PermissionMatrix {
    /** Management: may see money, cost and margin. */
    private static final Role[] MANAGEMENT = {SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER};
    private static final Role[] STAFF = {SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, MAINTENANCE_MANAGER,
            CLIENT_SERVICES};

    public enum Access {
        /** Anyone, without a token. */
        PUBLIC,
        /** Any signed-in user, also one who has not yet completed a required second factor. */
        SIGNED_IN,
        /** The roles listed. */
        ROLES
    }

    public record Rule(String method, String path, PathPattern pattern, Access access, Set<Role> roles,
                       Set<Role> ownOnly, boolean sensitive) {

        Rule(String method, String path, Access access, Set<Role> roles) {
            this(method, path, PathPatternParser.defaultInstance.parse(path), access, roles, Set.of(), false);
        }

        Rule own(Role... roles) {
            Set<Role> own = EnumSet.noneOf(Role.class);
            own.addAll(Arrays.asList(roles));
            return new Rule(method, path, pattern, access, roles(this.roles, roles), own, sensitive);
        }

        Rule needingTotp() {
            return new Rule(method, path, pattern, access, roles, ownOnly, true);
        }

        public boolean allows(Role role) {
            return access != Access.ROLES || roles.contains(role);
        }

        private static Set<Role> roles(Set<Role> first, Role... more) {
            Set<Role> all = EnumSet.noneOf(Role.class);
            all.addAll(first);
            all.addAll(Arrays.asList(more));
            return all;
        }
    }

    private static final List<Rule> RULES = List.of(
            // Open to everyone: health for load balancers, the API documents, logging in.
            open("GET", "/actuator/health/**"), open("GET", "/actuator/info"), open("GET", "/actuator/prometheus"),
            open("GET", "/v3/api-docs/**"), open("GET", "/swagger-ui/**"), open("GET", "/swagger-ui.html"),
            open("POST", "/auth/login"), open("POST", "/auth/refresh-token"), open("GET", "/auth/captcha/{uid}"),
            signedIn("GET", "/auth/me"), signedIn("GET", "/auth/logout"), signedIn("POST", "/auth/change-password"),
            signedIn("POST", "/auth/totp/enrolment"), signedIn("POST", "/auth/totp/enrolment/confirm"),
            roles("GET", "/users", SUPER_ADMIN), roles("POST", "/users", SUPER_ADMIN),
            roles("POST", "/users/{id}/deactivate", SUPER_ADMIN),
            roles("PUT", "/users/{id}/role", SUPER_ADMIN).needingTotp(),
            roles("GET", "/security-events", SUPER_ADMIN),

            // Bookings (command side)
            roles("POST", "/flights/quote", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES).own(CLIENT, BOOKING_AGENT),
            roles("POST", "/flights", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES).own(CLIENT, BOOKING_AGENT),
            roles("PUT", "/flights/{id}", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES).own(CLIENT, BOOKING_AGENT),
            roles("POST", "/flights/{id}/changes/{changeId}/accept", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES)
                    .own(CLIENT, BOOKING_AGENT),
            roles("POST", "/flights/{id}/cancel", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES)
                    .own(CLIENT, BOOKING_AGENT),
            roles("POST", "/flights/{id}/status", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/flights/{id}/extras", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES),
            // Billing and pricing
            roles("POST", "/invoices/{id}/payments", SUPER_ADMIN, FINANCE_MANAGER),
            roles("POST", "/invoices/{id}/owner-payout", SUPER_ADMIN, FINANCE_MANAGER).needingTotp(),
            roles("PUT", "/pricing/rules", SUPER_ADMIN, FINANCE_MANAGER),
            // Clients
            roles("POST", "/clients", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES, BOOKING_AGENT),
            roles("PUT", "/clients/{id}", SUPER_ADMIN, CLIENT_SERVICES).own(CLIENT),
            roles("POST", "/clients/{id}/preferences", SUPER_ADMIN, CLIENT_SERVICES).own(CLIENT),
            roles("PUT", "/clients/{id}/notification-preferences", SUPER_ADMIN, CLIENT_SERVICES).own(CLIENT),
            roles("PUT", "/clients/{id}/vip-status", SUPER_ADMIN, CLIENT_SERVICES),
            roles("POST", "/clients/{id}/payment-methods", SUPER_ADMIN, CLIENT_SERVICES).own(CLIENT),
            roles("DELETE", "/clients/{id}/payment-methods/{token}", SUPER_ADMIN, CLIENT_SERVICES).own(CLIENT),
            roles("POST", "/clients/{id}/deactivate", SUPER_ADMIN, CLIENT_SERVICES),
            roles("POST", "/clients/{id}/erase", SUPER_ADMIN).needingTotp(),
            // Webhooks for integrators (command side: configuration and the delivery log of its outbox)
            roles("POST", "/webhooks", SUPER_ADMIN),
            roles("GET", "/webhooks", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("DELETE", "/webhooks/{id}", SUPER_ADMIN),
            roles("GET", "/webhooks/{id}/deliveries", SUPER_ADMIN, OPERATIONS_MANAGER),
            // Fleet
            roles("POST", "/aircraft", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("PUT", "/aircraft/{id}", SUPER_ADMIN, OPERATIONS_MANAGER).own(AIRCRAFT_OWNER),
            roles("PUT", "/aircraft/{id}/owner", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/aircraft/{id}/retire", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/aircraft/{id}/availability", SUPER_ADMIN, OPERATIONS_MANAGER).own(AIRCRAFT_OWNER),
            roles("DELETE", "/aircraft/{id}/availability/{blackoutId}", SUPER_ADMIN, OPERATIONS_MANAGER)
                    .own(AIRCRAFT_OWNER),
            roles("POST", "/aircraft/{id}/reservations", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/aircraft/{id}/reservations/{reservationId}/confirm", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/aircraft/{id}/reservations/{reservationId}/release", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/aircraft/{id}/maintenance-blocks", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("DELETE", "/aircraft/{id}/maintenance-blocks/{blockId}", SUPER_ADMIN, OPERATIONS_MANAGER,
                    MAINTENANCE_MANAGER),
            roles("POST", "/aircraft/{id}/ground", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("POST", "/aircraft/{id}/return-to-service", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("POST", "/aircraft/{id}/flight-legs", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/aircraft/{id}/flight-legs/{legId}/corrections", SUPER_ADMIN, OPERATIONS_MANAGER),
            // Tracking: a position feed signs in as an operations account (no feed role of its own yet)
            roles("POST", "/aircraft/{id}/positions", SUPER_ADMIN, OPERATIONS_MANAGER),
            // Maintenance
            roles("POST", "/aircraft/{id}/maintenance", SUPER_ADMIN, MAINTENANCE_MANAGER),
            roles("POST", "/maintenance/{id}/start", SUPER_ADMIN, MAINTENANCE_MANAGER),
            roles("POST", "/maintenance/{id}/cancel", SUPER_ADMIN, MAINTENANCE_MANAGER),
            roles("POST", "/maintenance/{id}/complete", SUPER_ADMIN, MAINTENANCE_MANAGER),
            roles("POST", "/maintenance/{id}/defer", SUPER_ADMIN, MAINTENANCE_MANAGER),
            // Crew
            roles("POST", "/crew", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("PUT", "/crew/{id}", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/release", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/licences", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/type-ratings", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/medical", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/training", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/availability", SUPER_ADMIN, OPERATIONS_MANAGER).own(CREW_MEMBER),
            roles("DELETE", "/crew/{id}/availability/{unavailabilityId}", SUPER_ADMIN, OPERATIONS_MANAGER)
                    .own(CREW_MEMBER),
            roles("POST", "/crew/{id}/assignments", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/assignments/{assignmentId}/unassign", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/crew/{id}/assignments/{assignmentId}/actuals", SUPER_ADMIN, OPERATIONS_MANAGER),

            // Reads (query side)
            roles("GET", "/flights", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, CLIENT_SERVICES)
                    .own(CLIENT, BOOKING_AGENT, AIRCRAFT_OWNER),
            roles("GET", "/flights/live", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES),
            roles("GET", "/flights/{id}", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, CLIENT_SERVICES)
                    .own(CLIENT, BOOKING_AGENT, AIRCRAFT_OWNER),
            roles("GET", "/flights/{id}/manifest", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES),
            roles("GET", "/flights/{id}/as-of", SUPER_ADMIN, OPERATIONS_MANAGER, CLIENT_SERVICES),
            roles("GET", "/empty-legs", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, MAINTENANCE_MANAGER,
                    CLIENT_SERVICES, CLIENT, BOOKING_AGENT),
            roles("GET", "/clients", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, CLIENT_SERVICES).own(BOOKING_AGENT),
            roles("GET", "/clients/{id}", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, CLIENT_SERVICES)
                    .own(CLIENT, BOOKING_AGENT),
            roles("GET", "/clients/{id}/bookings", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, CLIENT_SERVICES)
                    .own(CLIENT, BOOKING_AGENT),
            roles("GET", "/clients/{id}/as-of", SUPER_ADMIN, CLIENT_SERVICES),
            roles("GET", "/clients/{id}/export", SUPER_ADMIN, CLIENT_SERVICES).own(CLIENT),
            roles("GET", "/aircraft", STAFF).own(AIRCRAFT_OWNER),
            roles("GET", "/aircraft/search", STAFF),
            roles("GET", "/aircraft/live", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/aircraft/{id}", STAFF).own(AIRCRAFT_OWNER),
            roles("GET", "/aircraft/{id}/as-of", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/aircraft/{id}/schedule", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER)
                    .own(AIRCRAFT_OWNER),
            roles("GET", "/aircraft/{id}/maintenance", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER)
                    .own(AIRCRAFT_OWNER),
            // Whoever sees an aircraft's latest position (GET /aircraft/{id}) may see where it has been.
            roles("GET", "/aircraft/{id}/track", STAFF).own(AIRCRAFT_OWNER),
            roles("GET", "/maintenance", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/maintenance/due", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/maintenance/{id}", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/maintenance/{id}/as-of", SUPER_ADMIN, OPERATIONS_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/crew", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("GET", "/crew/expiring", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("GET", "/crew/assignments", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("GET", "/crew/compliance/what-if", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("GET", "/crew/{id}", SUPER_ADMIN, OPERATIONS_MANAGER).own(CREW_MEMBER),
            roles("GET", "/crew/{id}/schedule", SUPER_ADMIN, OPERATIONS_MANAGER).own(CREW_MEMBER),
            roles("GET", "/crew/{id}/as-of", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("GET", "/dashboards/revenue", MANAGEMENT),
            roles("GET", "/dashboards/flight-margins", SUPER_ADMIN, FINANCE_MANAGER),
            roles("GET", "/dashboards/outstanding", SUPER_ADMIN, FINANCE_MANAGER),
            roles("GET", "/dashboards/payouts", SUPER_ADMIN, FINANCE_MANAGER).own(AIRCRAFT_OWNER),
            roles("GET", "/dashboards/utilization", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER, MAINTENANCE_MANAGER),
            roles("GET", "/dashboards/conversion", MANAGEMENT),
            roles("GET", "/dashboards/on-time", SUPER_ADMIN, OPERATIONS_MANAGER, FINANCE_MANAGER),
            roles("GET", "/search", STAFF),
            // Public-domain reference data: any signed-in user (the console's map and quote form).
            signedIn("GET", "/airports"),
            roles("GET", "/analytics/**", MANAGEMENT),
            roles("GET", "/audit", SUPER_ADMIN, FINANCE_MANAGER),
            roles("GET", "/audit/export", SUPER_ADMIN, FINANCE_MANAGER),
            roles("GET", "/audit/{aggregateType}/{id}/history", SUPER_ADMIN, FINANCE_MANAGER),
            roles("GET", "/admin/projections", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("GET", "/admin/projections/{name}", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/admin/projections/{name}/rebuild", SUPER_ADMIN),
            roles("GET", "/admin/dead-letters", SUPER_ADMIN, OPERATIONS_MANAGER),
            roles("POST", "/admin/dead-letters/{projection}/retry", SUPER_ADMIN),
            roles("DELETE", "/admin/dead-letters/{projection}/{letterId}", SUPER_ADMIN));

    private PermissionMatrix() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** The most specific rule for a request, or empty when none applies (the request is then refused). */
    public static Optional<Rule> ruleFor(String method, String path) {
        var container = org.springframework.http.server.PathContainer.parsePath(path);
        return RULES.stream()
                .filter(rule -> rule.method().equalsIgnoreCase(method) && rule.pattern().matches(container))
                .min(Comparator.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    /** The README's table: one row per endpoint, one column per role; "own" where object rules apply. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| endpoint |");
        Role[] roles = Role.values();
        for (Role role : roles) {
            table.append(' ').append(abbreviation(role)).append(" |");
        }
        table.append("\n| --- |").append(" :-: |".repeat(roles.length)).append('\n');
        for (Rule rule : RULES) {
            table.append("| `").append(rule.method()).append(' ').append(rule.path()).append('`')
                    .append(rule.sensitive() ? " (TOTP)" : "").append(" |");
            for (Role role : roles) {
                String cell = switch (rule.access()) {
                    case PUBLIC -> "anyone";
                    case SIGNED_IN -> "✓";
                    case ROLES -> rule.ownOnly().contains(role) ? "own" : rule.roles().contains(role) ? "✓" : "";
                };
                table.append(' ').append(cell).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** Column headings short enough for a table nine roles wide. */
    public static String abbreviation(Role role) {
        return Arrays.stream(role.name().split("_")).map(word -> word.substring(0, 1) + word.substring(1).toLowerCase())
                .collect(Collectors.joining(" "));
    }

    private static Rule open(String method, String path) {
        return new Rule(method, path, Access.PUBLIC, Set.of());
    }

    private static Rule signedIn(String method, String path) {
        return new Rule(method, path, Access.SIGNED_IN, EnumSet.allOf(Role.class));
    }

    private static Rule roles(String method, String path, Role... roles) {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        allowed.addAll(Arrays.asList(roles));
        return new Rule(method, path, Access.ROLES, allowed);
    }
}
