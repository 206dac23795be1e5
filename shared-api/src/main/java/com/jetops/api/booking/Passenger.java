package com.jetops.api.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * A traveller on the manifest. Personal data: it never goes to a log. {@code legs} are the
 * revenue-leg indexes the passenger flies (null: every revenue leg).
 */
public record Passenger(
        String name,
        LocalDate dateOfBirth,
        String nationality,
        String passportNumber,
        Integer weightKg,
        List<Integer> legs) {

    @Override
    public String toString() {
        return "Passenger[redacted]";
    }
}
