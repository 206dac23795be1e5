package com.jetops.api.booking;

import com.jetops.api.aircraft.ReservationId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the fulfilment saga once the changed trip holds its aircraft and a legal crew. */
public record ApplyBookingChangeCommand(@TargetAggregateIdentifier BookingId bookingId, ChangeId changeId,
                                        List<ReservationId> reservations, List<CrewAssignment> crew) {
}
