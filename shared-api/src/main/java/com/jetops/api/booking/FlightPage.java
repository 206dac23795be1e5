package com.jetops.api.booking;

import java.util.List;

public record FlightPage(List<FlightView> items, int page, int size, long total) {
}
