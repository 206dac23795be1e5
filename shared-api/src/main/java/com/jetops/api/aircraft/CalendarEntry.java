package com.jetops.api.aircraft;

import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;

/**
 * One entry of an aircraft's calendar: a reservation for a booking (HELD while the booking is
 * being fulfilled, CONFIRMED once it is), a blackout the owner or operator set, or a maintenance block.
 */
public record CalendarEntry(String entryId, Kind kind, BookingId bookingId, TimeWindow window, String status,
                            String reason) {
    public enum Kind { RESERVATION, BLACKOUT, MAINTENANCE }
}
