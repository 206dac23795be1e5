package com.jetops.api.crew;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a medical certificate (class 1, 2 or 3). */
public record RecordMedicalCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        int medicalClass,
        LocalDate expiresOn) {
}
