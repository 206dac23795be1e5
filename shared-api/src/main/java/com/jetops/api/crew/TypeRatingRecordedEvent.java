package com.jetops.api.crew;

import java.time.LocalDate;

/** A type rating was recorded. */
public record TypeRatingRecordedEvent(
        CrewMemberId crewMemberId,
        String typeDesignator,
        LocalDate expiresOn) {
}
