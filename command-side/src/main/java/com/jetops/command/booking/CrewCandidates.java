package com.jetops.command.booking;

import com.jetops.api.crew.CrewPosition;

import java.util.List;

/** Who could fly a trip: employed crew in the positions, type-rated for the aircraft (cabin crew need no rating). */
public interface CrewCandidates {
    List<BookingCatalog.CatalogCrew> crew(List<CrewPosition> positions, String typeDesignator);
}
