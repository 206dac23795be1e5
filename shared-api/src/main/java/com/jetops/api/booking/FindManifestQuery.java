package com.jetops.api.booking;

public record FindManifestQuery(BookingId bookingId) {
}
