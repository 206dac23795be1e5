package com.jetops.api.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A positioning leg the operator flies anyway, offered at a discount: the aircraft's hourly rate
 * × the leg's flight time, less the empty-leg discount, before taxes, fees and services.
 */
public record EmptyLegView(
        BookingId bookingId,
        int legIndex,
        AircraftId aircraftId,
        String tailNumber,
        String typeDesignator,
        AircraftCategory category,
        int seats,
        IcaoCode from,
        IcaoCode to,
        Instant departure,
        Instant arrival,
        BigDecimal discountPercent,
        Money fromPrice) {
}
