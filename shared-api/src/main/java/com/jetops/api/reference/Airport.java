package com.jetops.api.reference;

import com.jetops.api.common.IcaoCode;

/**
 * A row of the OurAirports reference data (public domain).
 *
 * @param iata         three-letter code, or null where the airport has none
 * @param elevationFt  null where the source does not give it
 */
public record Airport(
        IcaoCode icao,
        String iata,
        String name,
        String municipality,
        String country,
        double latitude,
        double longitude,
        Integer elevationFt) {

    private static final double EARTH_RADIUS_NM = 3440.065;

    /** Great-circle distance in nautical miles (haversine). */
    public double distanceNmTo(Airport other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
