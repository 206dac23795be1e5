package com.jetops.query.fleet;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftPage;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.AircraftView;
import com.jetops.api.aircraft.FindAircraftQuery;
import com.jetops.api.aircraft.ListAircraftQuery;
import com.jetops.api.common.IcaoCode;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.jetops.query.fleet.FleetFixtures.citationLatitudeAt;
import static com.jetops.query.fleet.FleetFixtures.globalAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Events in, queries out, on the real PostgreSQL read model. */
@QuerySideIntegrationTest
class FleetProjectionIT {
    private static final Instant REGISTERED_AT = Instant.parse("2026-11-01T09:30:00Z");

    @Autowired
    FleetProjection projection;

    @Test
    void showsARegisteredAircraftAvailableAtItsBase() {
        AircraftRegisteredEvent event = citationLatitudeAt("KTEB");

        projection.on(event, 0, REGISTERED_AT);

        AircraftView view = projection.find(new FindAircraftQuery(event.aircraftId()));
        assertThat(view.tailNumber()).isEqualTo(event.tailNumber());
        assertThat(view.status()).isEqualTo(AircraftStatus.AVAILABLE);
        assertThat(view.currentAirport()).isEqualTo(new IcaoCode("KTEB"));
        assertThat(view.hourlyRate()).isEqualTo(event.specification().hourlyRate());
        assertThat(view.amenities()).containsExactlyInAnyOrder("wifi", "flat floor");
        assertThat(view.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(view.version()).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        AircraftRegisteredEvent event = citationLatitudeAt("KVNY");
        projection.on(event, 0, REGISTERED_AT);

        projection.on(event, 0, REGISTERED_AT.plusSeconds(60));

        assertThat(projection.find(new FindAircraftQuery(event.aircraftId())).registeredAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void answersNothingForAnUnknownAircraft() {
        assertThat(projection.find(new FindAircraftQuery(citationLatitudeAt("KTEB").aircraftId()))).isNull();
    }

    @Test
    void filtersTheFleetByBaseAndCategory() {
        AircraftRegisteredEvent atAspen = citationLatitudeAt("KASE");
        AircraftRegisteredEvent globalAtAspen = globalAt("KASE");
        projection.on(atAspen, 0, REGISTERED_AT);
        projection.on(globalAtAspen, 0, REGISTERED_AT);
        projection.on(citationLatitudeAt("KSUN"), 0, REGISTERED_AT);

        AircraftPage midsizeAtAspen = projection.list(new ListAircraftQuery(AircraftStatus.AVAILABLE,
                new IcaoCode("KASE"), AircraftCategory.MIDSIZE_JET, 0, 50));
        AircraftPage allAtAspen = projection.list(new ListAircraftQuery(null, new IcaoCode("KASE"), null, 0, 50));

        assertThat(midsizeAtAspen.items()).extracting(AircraftView::aircraftId).contains(atAspen.aircraftId())
                .doesNotContain(globalAtAspen.aircraftId());
        assertThat(allAtAspen.items()).extracting(AircraftView::aircraftId)
                .contains(atAspen.aircraftId(), globalAtAspen.aircraftId());
        assertThat(allAtAspen.items()).allMatch(view -> view.baseAirport().equals(new IcaoCode("KASE")));
    }
}
