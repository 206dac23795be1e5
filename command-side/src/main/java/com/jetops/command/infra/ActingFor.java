package com.jetops.command.infra;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.security.Role;
import com.jetops.platform.security.Caller;
import org.axonframework.commandhandling.CommandMessage;

import java.util.Optional;

/**
 * Object-level writes. A command sent for a client, agent, owner or crew member's request
 * carries {@code actingFor} = "ROLE:subjectId" in its metadata (deliberately not passed on to
 * the events or to the commands a saga sends later); an aggregate's command-handler interceptor
 * lets such a command through only to that subject's own objects, and answers everything else
 * as if the object did not exist.
 */
public final class ActingFor {
    public static final String METADATA_KEY = "actingFor";

    private ActingFor() {
    }

    /** The metadata value for a request's caller, empty for staff. */
    public static Optional<String> of(Caller caller) {
        return caller.role().actsForOneSubject()
                ? Optional.of(caller.role().name() + ":" + caller.subjectId()) : Optional.empty();
    }

    /** Refuses, as NOT_FOUND, a command acting for a {@code role} other than the {@code owner} of the object. */
    public static void requireOwnObject(CommandMessage<?> command, Role role, String owner, String what) {
        Object actingFor = command.getMetaData().get(METADATA_KEY);
        if (actingFor == null) {
            return;   // staff, or a saga
        }
        String value = actingFor.toString();
        boolean own = value.startsWith(role.name() + ":") && owner != null
                && value.substring(role.name().length() + 1).equals(owner);
        if (!own) {
            throw new RuleViolationException(ErrorCode.NOT_FOUND, null, "No " + what);
        }
    }

    /** As {@link #requireOwnObject}, for objects a client and an agent may both act on (bookings, quotes). */
    public static void requireParty(CommandMessage<?> command, String clientId, String agentId, String what) {
        Object actingFor = command.getMetaData().get(METADATA_KEY);
        if (actingFor == null) {
            return;
        }
        String value = actingFor.toString();
        boolean party = value.equals(Role.CLIENT.name() + ":" + clientId)
                || agentId != null && value.equals(Role.BOOKING_AGENT.name() + ":" + agentId);
        if (!party) {
            throw new RuleViolationException(ErrorCode.NOT_FOUND, null, "No " + what);
        }
    }

    /** A request body naming a subject: a client or crew member may only name themselves, an agent only themselves. */
    public static void requireSelf(Role role, String named, String field) {
        Caller.current().filter(caller -> caller.role() == role).ifPresent(caller -> {
            if (!caller.subjectId().equals(named)) {
                throw new RuleViolationException(ErrorCode.NOT_FOUND, field, "No " + field + " " + named);
            }
        });
    }
}
