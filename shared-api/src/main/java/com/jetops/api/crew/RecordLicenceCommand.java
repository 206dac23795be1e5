package com.jetops.api.crew;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a licence or certificate (a renewal replaces the previous one of the same kind). */
public record RecordLicenceCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        LicenceKind kind,
        String number,
        String issuingAuthority,
        LocalDate expiresOn) {
}
