package com.jetops.command.crew;

import com.jetops.api.crew.Qualification;

import java.time.LocalDate;

/** Payload of a qualification's alert deadlines: which one, and the expiry it was scheduled for. */
record QualificationExpiry(Qualification qualification, LocalDate expiresOn) {
}
