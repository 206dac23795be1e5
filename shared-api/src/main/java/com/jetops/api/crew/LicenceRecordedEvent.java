package com.jetops.api.crew;

import java.time.LocalDate;

/** A licence was recorded. */
public record LicenceRecordedEvent(
        CrewMemberId crewMemberId,
        LicenceKind kind,
        String number,
        String issuingAuthority,
        LocalDate expiresOn) {
}
