package com.jetops.api.crew;

import com.jetops.api.common.IcaoCode;

/**
 * Crew members by any of: position, base, a type rating held and valid today (or without expiry),
 * still employed or not, and a piece of the name (case-insensitive). Null filters match
 * everything. Answers a {@link CrewPage} sorted by name.
 */
public record ListCrewQuery(CrewPosition position, IcaoCode baseAirport, String typeRating, Boolean employed,
                            String nameContains, int page, int size) {
}
