package com.jetops.query.fleet;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FleetAircraftRepository extends JpaRepository<FleetAircraft, String>, JpaSpecificationExecutor<FleetAircraft> {
}
