package com.jetops.api.aircraft;

/** Fuzzy full-text search over tail, model, manufacturer, base and amenities. Answers an {@link AircraftSearchResult}. */
public record SearchAircraftQuery(String text, int page, int size) {
}
