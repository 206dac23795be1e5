package com.jetops.api.booking;

import com.jetops.api.privacy.DataSubject;

import java.util.List;

public record BookingChangeAcceptedEvent(@DataSubject BookingId bookingId, ChangeId changeId, QuoteOption option,
                                         List<Passenger> passengers) {
}
