package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;

public record LegDivertedEvent(BookingId bookingId, int legIndex, IcaoCode divertedTo, String reason) {
}
