package com.jetops.api.aircraft;

/** Charter market categories; pricing, crew and positioning policies are set per category. */
public enum AircraftCategory {
    TURBOPROP,
    VERY_LIGHT_JET,
    LIGHT_JET,
    MIDSIZE_JET,
    SUPER_MIDSIZE_JET,
    HEAVY_JET,
    ULTRA_LONG_RANGE_JET,
    VIP_AIRLINER
}
