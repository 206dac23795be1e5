package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import java.time.Instant;

/**
 * Bookings by any of: status, client, agent, aircraft, an airport on the route, first departure
 * in [from, to); {@code onlyAircraftIds} narrows them to some aircraft (an owner's fleet).
 */
public record ListFlightsQuery(BookingStatus status, ClientId clientId, String agentId, AircraftId aircraftId,
                               java.util.Set<String> onlyAircraftIds, IcaoCode airport, Instant from, Instant to,
                               int page, int size) {

    public ListFlightsQuery(BookingStatus status, ClientId clientId, String agentId, AircraftId aircraftId,
                            IcaoCode airport, Instant from, Instant to, int page, int size) {
        this(status, clientId, agentId, aircraftId, null, airport, from, to, page, size);
    }
}
