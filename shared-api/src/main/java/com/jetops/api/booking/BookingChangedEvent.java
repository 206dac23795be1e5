package com.jetops.api.booking;

import com.jetops.api.privacy.DataSubject;

import com.jetops.api.aircraft.ReservationId;
import java.util.List;

/** The booking now flies the changed plan at the changed price, with these reservations and crew. */
public record BookingChangedEvent(@DataSubject BookingId bookingId, ChangeId changeId, QuoteOption option,
                                  List<Passenger> passengers, List<ReservationId> reservations,
                                  List<CrewAssignment> crew) {
}
