package com.jetops.api.aircraft;

import java.util.List;

/** One page of aircraft; {@code total} counts every match, not just this page. */
public record AircraftPage(List<AircraftView> items, int page, int size, long total) {
}
