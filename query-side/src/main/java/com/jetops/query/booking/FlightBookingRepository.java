package com.jetops.query.booking;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FlightBookingRepository extends JpaRepository<FlightBooking, String>, JpaSpecificationExecutor<FlightBooking> {

    java.util.List<FlightBooking> findByClientId(String clientId);
}
