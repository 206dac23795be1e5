package com.jetops.api.crew;

/**
 * One qualification of a crew member: its type and which one ({@code AIRLINE_TRANSPORT_PILOT},
 * {@code GLF6}, a training course; empty for the medical).
 */
public record Qualification(QualificationType type, String name) {
}
