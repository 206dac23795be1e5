package com.jetops.api.crew;

import java.time.LocalDate;

/** 30 days before a licence, medical or type rating expires, or recurrent training falls due. */
public record QualificationExpiringSoonEvent(CrewMemberId crewMemberId, Qualification qualification,
                                             LocalDate expiresOn) {
}
