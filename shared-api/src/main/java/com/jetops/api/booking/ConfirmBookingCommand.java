package com.jetops.api.booking;

import com.jetops.api.aircraft.ReservationId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the fulfilment saga once the aircraft is reserved for every leg and a legal crew assigned. */
public record ConfirmBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        List<ReservationId> reservations,
        List<CrewAssignment> crew) {
}
