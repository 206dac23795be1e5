package com.jetops.api.aircraft;

/** The aircraft has a (new) owner. */
public record AircraftOwnerAssignedEvent(
        AircraftId aircraftId,
        String ownerId) {
}
