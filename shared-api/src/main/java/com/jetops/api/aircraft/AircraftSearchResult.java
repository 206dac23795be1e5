package com.jetops.api.aircraft;

import java.util.List;
import java.util.Map;

/** Search hits, best first, each with the fragments that matched. */
public record AircraftSearchResult(List<Hit> hits, int page, int size, long total) {

    public record Hit(AircraftView aircraft, double score, Map<String, List<String>> highlights) {
    }
}
