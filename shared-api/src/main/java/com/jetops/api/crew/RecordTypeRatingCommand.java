package com.jetops.api.crew;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a type rating for an ICAO aircraft type designator; expiresOn may be null (no expiry). */
public record RecordTypeRatingCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        String typeDesignator,
        LocalDate expiresOn) {
}
