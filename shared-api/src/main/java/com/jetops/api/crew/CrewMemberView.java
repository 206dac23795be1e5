package com.jetops.api.crew;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A crew member as the query side shows it: who, where based, whether still employed, whether
 * free right now, and every qualification with its expiry. Contact details are not part of the
 * read model (personal data stays in the events).
 */
public record CrewMemberView(
        CrewMemberId crewMemberId,
        String employeeId,
        String name,
        CrewPosition position,
        IcaoCode baseAirport,
        boolean employed,
        String releaseReason,
        Availability availability,
        Qualifications qualifications,
        long version) {

    /** Right now: free, on an assignment's duty, unavailable (with the kind), or no longer employed; until when. */
    public record Availability(AvailabilityStatus status, UnavailabilityKind unavailability, AssignmentId assignmentId,
                               Instant until) {
    }

    public enum AvailabilityStatus {
        AVAILABLE,
        ON_DUTY,
        UNAVAILABLE,
        RELEASED
    }

    /** The medical is null until one is recorded. */
    public record Qualifications(List<Licence> licences, Medical medical, List<TypeRating> typeRatings,
                                 List<Training> training) {
    }

    public record Licence(LicenceKind kind, String number, String issuingAuthority, LocalDate expiresOn,
                          QualificationStatus status) {
    }

    public record Medical(int medicalClass, LocalDate expiresOn, QualificationStatus status) {
    }

    /** {@code expiresOn} is null for a rating that does not lapse. */
    public record TypeRating(String typeDesignator, LocalDate expiresOn, QualificationStatus status) {
    }

    /** Recurrent training: {@code nextDueOn} is its expiry. */
    public record Training(String course, LocalDate completedOn, LocalDate nextDueOn, QualificationStatus status) {
    }
}
