package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.TailNumber;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> amenitySet = new LinkedHashSet<>();
        if (amenities != null) {
            for (String amenity : amenities) {
                amenitySet.add(Require.text(amenity, "amenities", 60));
            }
        }
        return new RegisterAircraftCommand(
                aircraftId,
                Require.present(tailNumber, "tailNumber"),
                new AircraftSpecification(
                        Require.present(manufacturer, "manufacturer"),
                        Require.present(model, "model"),
                        Require.present(typeDesignator, "typeDesignator"),
                        Require.present(category, "category"),
                        Require.present(yearOfManufacture, "yearOfManufacture"),
                        Require.present(seatingCapacity, "seatingCapacity"),
                        Require.present(rangeNm, "rangeNm"),
                        Require.present(cruiseSpeedKt, "cruiseSpeedKt"),
                        Require.present(hourlyRate, "hourlyRate")),
                Require.present(baseAirport, "baseAirport"),
                amenitySet);
    }
}
