package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.IcaoCode;
import java.time.Instant;

/** The leg is on blocks at {@code to} (the diversion airport if it diverted). */
public record LegArrivedEvent(BookingId bookingId, int legIndex, AircraftId aircraftId, IcaoCode from, IcaoCode to,
                              Instant blockOff, Instant blockOn, long airborneMinutes) {
}
