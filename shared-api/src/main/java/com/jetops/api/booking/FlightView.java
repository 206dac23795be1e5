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

    public FlightView withVersion(long newVersion) {
        return new FlightView(bookingId, status, quoteId, clientId, agentId, aircraftId, tailNumber, typeDesignator, legs,
                passengerCount, crew, price, reason, cancellationFee, invoiceId, history, newVersion);
    }

    /** Another plan: legs, passengers, crew and price replaced. */
    public FlightView withPlan(List<FlightLegView> newLegs, int newPassengerCount, List<CrewAssignment> newCrew,
                               PriceBreakdown newPrice) {
        return new FlightView(bookingId, status, quoteId, clientId, agentId, aircraftId, tailNumber, typeDesignator,
                newLegs, newPassengerCount, newCrew, newPrice, reason, cancellationFee, invoiceId, history, version);
    }

    /**
     * One more step in the history, the booking now in the step's status; the other arguments replace what
     * they name when not null.
     */
    public FlightView withStep(StatusChange step, List<CrewAssignment> newCrew, String newReason, Money fee,
                               InvoiceId newInvoiceId) {
        List<StatusChange> steps = new java.util.ArrayList<>(history);
        steps.add(step);
        return new FlightView(bookingId, step.status(), quoteId, clientId, agentId, aircraftId, tailNumber,
                typeDesignator, legs, passengerCount, newCrew != null ? newCrew : crew, price,
                newReason != null ? newReason : reason, fee != null ? fee : cancellationFee,
                newInvoiceId != null ? newInvoiceId : invoiceId, List.copyOf(steps), version);
    }
}
