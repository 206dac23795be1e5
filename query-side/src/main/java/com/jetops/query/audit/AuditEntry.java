package com.jetops.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event: which aggregate, its place in the store and in the aggregate, what
 * happened, when, and why — {@code causedBy} is the command (or the event a process reacted to)
 * that produced it, {@code correlationId} that message's id and {@code traceId} the first
 * message of the chain; {@code user} (the user id), {@code username}, {@code role} and
 * {@code address} name the person and place behind the request (empty for events stored before
 * requests were authenticated); {@code requestId} is the X-Correlation-Id of that request (the
 * gateway gives every request one), to find it in client or gateway logs.
 */
public record AuditEntry(
        long globalIndex,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String eventType,
        Instant timestamp,
        String causedBy,
        String correlationId,
        String traceId,
        String user,
        String username,
        String role,
        String address,
        String requestId,
        JsonNode payload) {
}
