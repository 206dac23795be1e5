package com.jetops.api.aircraft;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Holds the aircraft for a booking over a window (flight legs plus turnaround and positioning). */
public record HoldAircraftCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        ReservationId reservationId,
        BookingId bookingId,
        TimeWindow window) {
}
