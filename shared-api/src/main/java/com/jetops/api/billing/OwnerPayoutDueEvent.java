package com.jetops.api.billing;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Money;

/** The aircraft owner's earnings from a paid invoice, to be paid out. */
public record OwnerPayoutDueEvent(InvoiceId invoiceId, BookingId bookingId, AircraftId aircraftId, String ownerId,
                                  Money amount) {
}
