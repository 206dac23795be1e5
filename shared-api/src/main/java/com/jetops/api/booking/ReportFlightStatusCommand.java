package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A leg's status with actual times. DELAYED: {@code at} is the new estimated departure,
 * {@code beyondControl} whether the crew's and operator's control was exceeded (it lengthens the
 * crew's rest). DEPARTED: {@code at} is block-off. DIVERTED: {@code divertedTo} is where it will land.
 * ARRIVED: {@code at} is block-on, with airborne minutes.
 */
public record ReportFlightStatusCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        int legIndex,
        FlightStatus status,
        Instant at,
        IcaoCode divertedTo,
        Long airborneMinutes,
        Boolean beyondControl,
        String reason) {
}
