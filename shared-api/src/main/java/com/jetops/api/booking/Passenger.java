package com.jetops.api.booking;

import com.jetops.api.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

/**
 * A traveller on the manifest. Personal data: it never goes to a log. {@code legs} are the
 * revenue-leg indexes the passenger flies (null: every revenue leg).
 */
public record Passenger(
        @PersonalData String name,
        @PersonalData LocalDate dateOfBirth,
        @PersonalData String nationality,
        @PersonalData String passportNumber,
        @PersonalData Integer weightKg,
        List<Integer> legs) {

    @Override
    public String toString() {
        return "Passenger[redacted]";
    }
}
