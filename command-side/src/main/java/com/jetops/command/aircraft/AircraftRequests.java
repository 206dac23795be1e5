package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftInsurance;
import com.jetops.api.aircraft.AircraftRegistration;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.TimeWindow;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Request bodies of the aircraft endpoints other than registration. Boxed numbers so a missing one is reported. */
final class AircraftRequests {
    private AircraftRequests() {
    }

    static Set<String> amenities(List<String> amenities) {
        Set<String> set = new LinkedHashSet<>();
        if (amenities != null) {
            for (String amenity : amenities) {
                set.add(Require.text(amenity, "amenities", 60));
            }
        }
        return set;
    }

    static TimeWindow window(Instant start, Instant end) {
        return new TimeWindow(Require.present(start, "start"), Require.present(end, "end"));
    }

    /** {@code PUT /aircraft/{id}}: the full set of details, replacing the previous one. */
    record UpdateDetails(String manufacturer, String model, String typeDesignator, AircraftCategory category,
                         Integer yearOfManufacture, Integer seatingCapacity, Integer rangeNm, Integer cruiseSpeedKt,
                         Money hourlyRate, List<String> amenities, String interiorConfiguration,
                         AircraftInsurance insurance, AircraftRegistration registration) {

        AircraftSpecification specification() {
            return AircraftRequests.specification(manufacturer, model, typeDesignator, category, yearOfManufacture,
                    seatingCapacity, rangeNm, cruiseSpeedKt, hourlyRate);
        }
    }

    /** The specification from request fields, naming any that is missing. */
    static AircraftSpecification specification(String manufacturer, String model, String typeDesignator,
                                               AircraftCategory category, Integer yearOfManufacture,
                                               Integer seatingCapacity, Integer rangeNm, Integer cruiseSpeedKt,
                                               Money hourlyRate) {
        return new AircraftSpecification(
                Require.present(manufacturer, "manufacturer"),
                Require.present(model, "model"),
                Require.present(typeDesignator, "typeDesignator"),
                Require.present(category, "category"),
                Require.present(yearOfManufacture, "yearOfManufacture"),
                Require.present(seatingCapacity, "seatingCapacity"),
                Require.present(rangeNm, "rangeNm"),
                Require.present(cruiseSpeedKt, "cruiseSpeedKt"),
                Require.present(hourlyRate, "hourlyRate"));
    }

    record AssignOwner(String ownerId) {
    }

    /** A reason is required wherever the fleet's state changes for a human decision. */
    record Reason(String reason) {
    }

    record Window(Instant start, Instant end, String reason) {
    }

    record Hold(String bookingId, Instant start, Instant end) {
    }

    record FlightLeg(IcaoCode from, IcaoCode to, Instant blockOff, Instant blockOn, Long airborneMinutes,
                     Integer cycles) {
    }

    record FlightLegCorrection(Instant blockOff, Instant blockOn, Long airborneMinutes, Integer cycles,
                               String reason) {
    }
}
