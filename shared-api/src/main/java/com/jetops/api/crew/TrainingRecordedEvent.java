package com.jetops.api.crew;

import java.time.LocalDate;

/** A training course was recorded. */
public record TrainingRecordedEvent(
        CrewMemberId crewMemberId,
        String course,
        LocalDate completedOn,
        LocalDate nextDueOn) {
}
