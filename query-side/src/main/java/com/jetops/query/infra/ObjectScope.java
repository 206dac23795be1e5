package com.jetops.query.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Object-level reads: a client, agent, owner or crew member sees only their own objects, and an
 * object they may not see is answered like one that does not exist (404, no existence leak).
 * Staff see everything their role reaches. Ownership is read from the read models themselves.
 */
@Component
public class ObjectScope {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ObjectScope(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The caller when they act for one subject (a client, owner, agent or crew member). */
    public Optional<Caller> outsider() {
        return Caller.current().filter(caller -> caller.role().actsForOneSubject());
    }

    public boolean isOutsider(Role role) {
        return outsider().map(caller -> caller.role() == role).orElse(false);
    }

    /** The subject id of an outsider of this role, or null for staff. */
    public String subjectOf(Role role) {
        return outsider().filter(caller -> caller.role() == role).map(Caller::subjectId).orElse(null);
    }

    public Set<String> aircraftOf(String ownerId) {
        return new HashSet<>(jdbc.queryForList("select aircraft_id from fleet_aircraft where owner_id = ?",
                String.class, ownerId));
    }

    /** The clients an agent handles: those with a booking made through them. */
    public Set<String> clientsOf(String agentId) {
        return new HashSet<>(jdbc.queryForList("select distinct client_id from flight_booking where agent_id = ?",
                String.class, agentId));
    }

    public boolean mayReadBooking(String clientId, String agentId, String aircraftId) {
        return outsider().map(caller -> switch (caller.role()) {
            case CLIENT -> caller.subjectId().equals(clientId);
            case BOOKING_AGENT -> caller.subjectId().equals(agentId);
            case AIRCRAFT_OWNER -> aircraftId != null && aircraftOf(caller.subjectId()).contains(aircraftId);
            default -> false;
        }).orElse(true);
    }

    public boolean mayReadClient(String clientId) {
        return outsider().map(caller -> switch (caller.role()) {
            case CLIENT -> caller.subjectId().equals(clientId);
            case BOOKING_AGENT -> clientsOf(caller.subjectId()).contains(clientId);
            default -> false;
        }).orElse(true);
    }

    public boolean mayReadAircraft(String aircraftId) {
        return outsider().map(caller -> caller.role() == Role.AIRCRAFT_OWNER
                && aircraftOf(caller.subjectId()).contains(aircraftId)).orElse(true);
    }

    public boolean mayReadCrewMember(String crewMemberId) {
        return outsider().map(caller -> caller.role() == Role.CREW_MEMBER
                && caller.subjectId().equals(crewMemberId)).orElse(true);
    }

    /** Management and finance: the roles that see cost and margin. */
    private static final Set<Role> MARGIN_READERS = java.util.EnumSet.of(Role.SUPER_ADMIN, Role.OPERATIONS_MANAGER,
            Role.FINANCE_MANAGER);

    /**
     * Property level: cost and margin (the owner's earnings, the platform fee) are for finance and
     * management; an agent sees their commission, nobody else outside management does.
     */
    public Object withoutMarginFor(Object view) {
        Optional<Caller> caller = Caller.current();
        if (caller.isEmpty() || MARGIN_READERS.contains(caller.get().role())) {
            return view;
        }
        JsonNode tree = json.valueToTree(view);
        stripMargin(tree, caller.get().role() == Role.BOOKING_AGENT);
                return tree;
    }

    /** Every price split in the tree (a view, a page of them, an export) loses what the caller may not see. */
    private static void stripMargin(JsonNode node, boolean keepCommission) {
        if (node instanceof ObjectNode object) {
            if (object.get("price") instanceof ObjectNode split && split.has("ownerEarnings")) {
                split.remove(java.util.List.of("platformFeePercent", "platformFee", "ownerEarnings"));
                if (!keepCommission) {
                    split.remove(java.util.List.of("agentCommissionPercent", "commission"));
                }
            }
            object.elements().forEachRemaining(child -> stripMargin(child, keepCommission));
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(child -> stripMargin(child, keepCommission));
        }
    }
}
