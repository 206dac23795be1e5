package com.jetops.api.crew;

import java.time.Instant;

/** Assignments whose duty overlaps [from, to), with each pilot's flight time against the limits. */
public record FindCrewAssignmentsQuery(Instant from, Instant to) {
}
