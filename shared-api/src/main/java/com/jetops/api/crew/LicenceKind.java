package com.jetops.api.crew;

/** Licences and certificates a crew member may hold. */
public enum LicenceKind {
    AIRLINE_TRANSPORT_PILOT,
    COMMERCIAL_PILOT,
    FLIGHT_ATTENDANT_CERTIFICATE;

    public boolean entitlesPilot() {
        return this != FLIGHT_ATTENDANT_CERTIFICATE;
    }
}
