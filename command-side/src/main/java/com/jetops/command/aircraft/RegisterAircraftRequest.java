package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.TailNumber;

import java.util.List;

/** Body of {@code POST /aircraft}. Boxed numbers so a missing one is reported, not read as 0. */
public record RegisterAircraftRequest(
        TailNumber tailNumber,
        String manufacturer,
        String model,
        String typeDesignator,
        AircraftCategory category,
        Integer yearOfManufacture,
        Integer seatingCapacity,
        Integer rangeNm,
        Integer cruiseSpeedKt,
        Money hourlyRate,
        IcaoCode baseAirport,
        List<String> amenities) {

    RegisterAircraftCommand toCommand(AircraftId aircraftId) {
        return new RegisterAircraftCommand(
                aircraftId,
                Require.present(tailNumber, "tailNumber"),
                AircraftRequests.specification(manufacturer, model, typeDesignator, category, yearOfManufacture,
                        seatingCapacity, rangeNm, cruiseSpeedKt, hourlyRate),
                Require.present(baseAirport, "baseAirport"),
                AircraftRequests.amenities(amenities));
    }
}
