package com.jetops.api.maintenance;

import com.jetops.api.aircraft.AircraftId;

/**
 * One aircraft's open items and a page of its sign-offs, newest first. Answers an
 * {@link AircraftMaintenance}, or null when neither the fleet nor any maintenance item knows the aircraft.
 */
public record FindAircraftMaintenanceQuery(AircraftId aircraftId, int page, int size) {
}
