package com.jetops.api.billing;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.client.ClientId;
import com.jetops.api.pricing.PriceBreakdown;
import java.time.LocalDate;

/** An invoice with its number, the priced lines and split, and the date payment is due. */
public record InvoiceIssuedEvent(
        InvoiceId invoiceId,
        String number,
        BookingId bookingId,
        ClientId clientId,
        String agentId,
        AircraftId aircraftId,
        String ownerId,
        PriceBreakdown price,
        LocalDate issuedOn,
        LocalDate dueOn) {
}
