package com.jetops.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.FlightLegId;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.platform.eventstore.AxonSerializers;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before a field was added still read, with the meaning the field's absence has. */
class OldEventFormsTest {
    private static final ObjectMapper EVENTS = AxonSerializers.objectMapper();

    @Test
    void aLegRecordedBeforeLegIdsGetsTheIdDerivedFromAircraftAndBlockOff() throws Exception {
        FlightLegRecordedEvent leg = EVENTS.readValue("""
                {"aircraftId":"3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77","from":"KTEB","to":"KPBI",
                 "blockOff":"2026-11-30T13:00:00Z","blockOn":"2026-11-30T15:40:00Z","airborneMinutes":145,"cycles":1}""",
                FlightLegRecordedEvent.class);

        assertThat(leg.flightLegId()).isEqualTo(FlightLegId.ofLeg(
                AircraftId.of("3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77"), Instant.parse("2026-11-30T13:00:00Z")));
        assertThat(EVENTS.readValue(EVENTS.writeValueAsString(leg), FlightLegRecordedEvent.class)).isEqualTo(leg);
    }

    @Test
    void anItemOpenedBeforeNonDeferrableExistedIsNotNonDeferrable() throws Exception {
        MaintenanceItemOpenedEvent opened = EVENTS.readValue("""
                {"maintenanceItemId":"4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d",
                 "aircraftId":"3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77","kind":"DEFECT","adNumber":null,
                 "description":"Left cabin reading light inoperative","due":null,"recurrence":null}""",
                MaintenanceItemOpenedEvent.class);

        assertThat(opened.nonDeferrable()).isNull();
    }
}
