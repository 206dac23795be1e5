package com.jetops.api.crew;

import java.time.LocalDate;

/** A licence, medical or type rating expired, or recurrent training is overdue (the day after expiresOn). */
public record QualificationExpiredEvent(CrewMemberId crewMemberId, Qualification qualification, LocalDate expiresOn) {
}
