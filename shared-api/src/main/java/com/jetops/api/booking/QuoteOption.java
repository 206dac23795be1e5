package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.pricing.PriceBreakdown;
import java.util.List;

/**
 * One aircraft that can fly the itinerary, the legs it would fly, the windows it would be
 * reserved for (one per leg: until the next leg departs, the last until a turnaround after
 * landing) and what it costs. The rate and speed it was priced with are kept so the price can
 * be reproduced later. {@code emptyLegOf} names the confirmed trip whose positioning leg this
 * option rides on (an empty leg sold): it then reserves nothing of its own.
 */
public record QuoteOption(
        AircraftId aircraftId,
        String tailNumber,
        String typeDesignator,
        AircraftCategory category,
        int seats,
        String ownerId,
        Money hourlyRate,
        int cruiseSpeedKt,
        List<PlannedLeg> legs,
        List<TimeWindow> reservationWindows,
        PriceBreakdown price,
        EmptyLegRef emptyLegOf) {

    public boolean isEmptyLeg() {
        return emptyLegOf != null;
    }
}
