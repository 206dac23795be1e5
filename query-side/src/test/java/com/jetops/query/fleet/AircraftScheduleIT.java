package com.jetops.query.fleet;

import com.jetops.query.TestTokens;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftReservationConfirmedEvent;
import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.AircraftReservationReleasedEvent;
import com.jetops.api.aircraft.AircraftSchedule;
import com.jetops.api.aircraft.BlackoutAddedEvent;
import com.jetops.api.aircraft.BlackoutId;
import com.jetops.api.aircraft.CalendarEntry;
import com.jetops.api.aircraft.FindAircraftQuery;
import com.jetops.api.aircraft.FindAircraftScheduleQuery;
import com.jetops.api.aircraft.MaintenanceBlockAddedEvent;
import com.jetops.api.aircraft.MaintenanceBlockEndedEvent;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The aircraft calendar: reservations, blackouts and maintenance blocks merged; the next reservation on the fleet. */
@QuerySideIntegrationTest
class AircraftScheduleIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    AircraftScheduleProjection schedule;
    @Autowired
    FleetProjection fleet;
    @LocalServerPort
    int port;

    @Test
    void theCalendarMergesEntriesByStartAndEndedOnesStayEnded() {
        AircraftRegisteredEvent aircraft = FleetFixtures.citationLatitudeAt("KTEB");
        fleet.on(aircraft, 0, Instant.now());
        Instant day = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.DAYS);
        ReservationId trip = ReservationId.random();
        ReservationId released = ReservationId.random();
        BookingId booking = BookingId.random();
        MaintenanceBlockId block = MaintenanceBlockId.random();
        TimeWindow tripWindow = new TimeWindow(day.plus(Duration.ofHours(14)), day.plus(Duration.ofHours(20)));

        schedule.on(new AircraftReservationHeldEvent(aircraft.aircraftId(), trip, booking, tripWindow), 1);
        schedule.on(new AircraftReservationConfirmedEvent(aircraft.aircraftId(), trip), 2);
        schedule.on(new BlackoutAddedEvent(aircraft.aircraftId(), BlackoutId.random(),
                new TimeWindow(day.plus(Duration.ofHours(2)), day.plus(Duration.ofHours(6))), "Owner's own use"), 3);
        schedule.on(new MaintenanceBlockAddedEvent(aircraft.aircraftId(), block,
                new TimeWindow(day.plus(Duration.ofHours(7)), day.plus(Duration.ofHours(12))), "A-check"), 4);
        schedule.on(new AircraftReservationHeldEvent(aircraft.aircraftId(), released, BookingId.random(),
                new TimeWindow(day.plus(Duration.ofHours(21)), day.plus(Duration.ofHours(23)))), 5);
        schedule.on(new AircraftReservationReleasedEvent(aircraft.aircraftId(), released, "Booking cancelled"), 6);
        schedule.on(new MaintenanceBlockEndedEvent(aircraft.aircraftId(), block), 7);
        // Redelivered: the released reservation is not revived and the confirmed one stays confirmed.
        schedule.on(new AircraftReservationHeldEvent(aircraft.aircraftId(), released, BookingId.random(),
                new TimeWindow(day.plus(Duration.ofHours(21)), day.plus(Duration.ofHours(23)))), 5);
        schedule.on(new AircraftReservationHeldEvent(aircraft.aircraftId(), trip, booking, tripWindow), 1);

        AircraftSchedule calendar = schedule.schedule(new FindAircraftScheduleQuery(aircraft.aircraftId(), day,
                day.plus(Duration.ofDays(1))));
        assertThat(calendar.entries()).extracting(CalendarEntry::kind)
                .containsExactly(CalendarEntry.Kind.BLACKOUT, CalendarEntry.Kind.RESERVATION);
        assertThat(calendar.entries().get(1).status()).isEqualTo("CONFIRMED");
        assertThat(calendar.entries().get(1).bookingId()).isEqualTo(booking);
        assertThat(calendar.entries().get(0).reason()).isEqualTo("Owner's own use");

        CalendarEntry next = fleet.find(new FindAircraftQuery(aircraft.aircraftId())).nextReservation();
        assertThat(next.entryId()).isEqualTo(trip.value());
        assertThat(next.window()).isEqualTo(tripWindow);
    }

    @Test
    void badWindowsAre400AndAnUnknownAircraft404() throws Exception {
        String id = UUID.randomUUID().toString();
        for (String bad : List.of("/aircraft/" + id + "/schedule?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                "/aircraft/" + id + "/schedule?from=2026-01-01T00:00:00Z&to=2028-01-01T00:00:00Z",
                "/aircraft/" + id + "/schedule?from=2026-12-01T00:00:00Z",
                "/aircraft/nope/schedule?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z")) {
            assertThat(get(bad).statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(get("/aircraft/" + id + "/schedule?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z").statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(TestTokens.request(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
