package com.jetops.api.billing;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.client.ClientId;
import com.jetops.api.pricing.PriceBreakdown;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bills a completed (or cancelled-with-fee) booking: lines, taxes and the split come from {@code price}. */
public record IssueInvoiceCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        BookingId bookingId,
        ClientId clientId,
        String agentId,
        AircraftId aircraftId,
        String ownerId,
        PriceBreakdown price) {
}
