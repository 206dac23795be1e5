package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;
import java.util.List;

/** Who flies each revenue leg. Personal data: for the roles that need it only. */
public record FlightManifest(BookingId bookingId, String tailNumber, List<Leg> legs) {
    public record Leg(int index, IcaoCode from, IcaoCode to, Instant departure, List<Passenger> passengers,
                      int totalWeightKg) {
    }
}
