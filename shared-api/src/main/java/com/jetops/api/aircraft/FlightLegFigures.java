package com.jetops.api.aircraft;

import java.time.Instant;

/** What the flight log says of one leg: block-off, block-on, airborne minutes and cycles. */
public record FlightLegFigures(Instant blockOff, Instant blockOn, long airborneMinutes, int cycles) {
}
