package com.jetops.api.crew;

import java.time.LocalDate;

/** A medical certificate was recorded. */
public record MedicalRecordedEvent(
        CrewMemberId crewMemberId,
        int medicalClass,
        LocalDate expiresOn) {
}
