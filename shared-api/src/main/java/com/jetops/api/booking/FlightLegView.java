package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;

/** A leg as planned and as flown so far; {@code status} is SCHEDULED until reported. */
public record FlightLegView(
        int index,
        IcaoCode from,
        IcaoCode to,
        boolean positioning,
        int passengers,
        Instant plannedDeparture,
        Instant plannedArrival,
        String status,
        Instant estimatedDeparture,
        Instant blockOff,
        Instant blockOn,
        IcaoCode divertedTo) {

    public FlightLegView with(String newStatus, Instant estimate, Instant off, Instant on, IcaoCode diverted) {
        return new FlightLegView(index, from, to, positioning, passengers, plannedDeparture, plannedArrival, newStatus,
                estimate != null ? estimate : estimatedDeparture, off != null ? off : blockOff,
                on != null ? on : blockOn, diverted != null ? diverted : divertedTo);
    }
}
