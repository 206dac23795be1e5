package com.jetops.api.aircraft;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Holds the aircraft for a booking over a window (flight legs plus turnaround and positioning).
 * {@code replacing}: reservations of the same booking this hold will replace (a changed trip),
 * which it may overlap until they are released; nothing else may overlap.
 */
public record HoldAircraftCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        ReservationId reservationId,
        BookingId bookingId,
        TimeWindow window,
        List<ReservationId> replacing) {

    public HoldAircraftCommand(AircraftId aircraftId, ReservationId reservationId, BookingId bookingId, TimeWindow window) {
        this(aircraftId, reservationId, bookingId, window, List.of());
    }
}
