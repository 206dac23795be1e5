package com.jetops.api.booking;

import java.util.List;

public record BookingChangeAcceptedEvent(BookingId bookingId, ChangeId changeId, QuoteOption option,
                                         List<Passenger> passengers) {
}
