package com.jetops.api.aircraft;

/** A live feed of aircraft views: one aircraft's, or (aircraftId null) the whole fleet's. */
public record WatchFleetQuery(AircraftId aircraftId) {
    public boolean shows(AircraftView view) {
        return aircraftId == null || aircraftId.equals(view.aircraftId());
    }
}
