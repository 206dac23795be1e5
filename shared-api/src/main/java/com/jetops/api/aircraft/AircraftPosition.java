package com.jetops.api.aircraft;

import java.time.Instant;

/**
 * Where an aircraft was at an instant, as its position feed reported it.
 *
 * @param time          when the aircraft was there (the report's time, not when it arrived)
 * @param lat           latitude in degrees, -90 to 90
 * @param lon           longitude in degrees, -180 to 180
 * @param altitudeFt    pressure altitude in feet
 * @param groundSpeedKt ground speed in knots
 * @param heading       true heading in degrees, 0 to 359
 * @param source        where the report came from (ADS-B, ACARS, a replay...)
 */
public record AircraftPosition(Instant time, double lat, double lon, int altitudeFt, int groundSpeedKt, int heading,
                               String source) {
}
