package com.jetops.query.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of the flights read model: the view as JSON with its filter columns, as of event {@link #version}. */
@Entity
@Table(name = "flight_booking")
class FlightBooking {
    @Id
    @Column(name = "booking_id")
    String bookingId;
    long version;
    String status;
    @Column(name = "client_id")
    String clientId;
    @Column(name = "agent_id")
    String agentId;
    @Column(name = "aircraft_id")
    String aircraftId;
    @Column(name = "first_departure")
    Instant firstDeparture;
    /** Every airport on the route, space-separated with spaces around ( " KTEB KVNY "), for "route touches". */
    String airports;
    String view;
    String passengers;

    protected FlightBooking() {
        // for JPA
    }

    FlightBooking(String bookingId) {
        this.bookingId = bookingId;
        this.version = -1;
    }
}
