package com.jetops.api.crew;

import java.time.LocalDate;
import java.util.List;

/**
 * Qualifications expiring on or before {@code until}, soonest first; those whose expiry lies
 * before {@code asOf} are flagged expired ({@code daysLeft} negative). A qualification is valid
 * through its expiry date.
 */
public record ExpiringQualifications(LocalDate asOf, LocalDate until, List<Item> items) {

    public record Item(CrewMemberId crewMemberId, String employeeId, String name, CrewPosition position,
                       Qualification qualification, LocalDate expiresOn, long daysLeft, boolean expired) {
    }
}
