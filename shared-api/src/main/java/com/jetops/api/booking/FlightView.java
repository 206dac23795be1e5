package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import java.util.List;

/** A booking as the query side shows it: legs, aircraft, crew, price breakdown and status history. */
public record FlightView(
        BookingId bookingId,
        BookingStatus status,
        QuoteId quoteId,
        ClientId clientId,
        String agentId,
        AircraftId aircraftId,
        String tailNumber,
        String typeDesignator,
        List<FlightLegView> legs,
        int passengerCount,
        List<CrewAssignment> crew,
        PriceBreakdown price,
        String reason,
        Money cancellationFee,
        InvoiceId invoiceId,
        List<StatusChange> history,
        long version) {
}
