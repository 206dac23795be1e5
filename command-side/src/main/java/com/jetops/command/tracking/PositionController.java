package com.jetops.command.tracking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftPosition;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.command.aircraft.KnownAircraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * Position feeds post here. Positions are a stream beside the Aircraft aggregate, not its events
 * (see V117__aircraft_position.sql): no command, no event, one SQL statement per batch.
 */
@RestController
@Tag(name = "Tracking", description = "Aircraft position reports from a feed")
class PositionController {
    private final KnownAircraft aircraft;
    private final PositionStream stream;
    private final PositionProperties properties;
    private final Clock clock;

    PositionController(KnownAircraft aircraft, PositionStream stream, PositionProperties properties) {
        this.aircraft = aircraft;
        this.stream = stream;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** What a batch did: reports stored now, and reports already stored before (dropped). */
    record Ingested(String aircraftId, int accepted, int duplicates) {
    }

    @PostMapping("/aircraft/{id}/positions")
    @Operation(summary = "Ingest a batch of position reports (time, lat, lon, altitudeFt, groundSpeedKt, heading, source)",
            description = "Reports in strictly increasing time order, none more than 5 minutes in the future, at most "
                    + "jetops.positions.max-batch (5,000) per request (413 beyond). Any report at fault refuses the whole "
                    + "batch with 400 naming it (positions[3].lat) and nothing is stored. A report already stored for "
                    + "that instant is dropped and counted as a duplicate, so a batch can be re-sent safely. "
                    + "404 for an unknown aircraft.")
    Ingested ingest(@PathVariable("id") String id, @RequestBody PositionBatch batch) {
        AircraftId aircraftId = Require.parsed("id", () -> AircraftId.of(id));
        List<AircraftPosition> positions = PositionValidation.validated(batch, properties.maxBatch(), properties.retention(),
                clock.instant());
        if (!aircraft.exists(aircraftId)) {
            throw new RuleViolationException(ErrorCode.AIRCRAFT_NOT_FOUND, null, "No aircraft " + aircraftId + " in the fleet");
        }
        int accepted = stream.append(aircraftId, positions);
        return new Ingested(aircraftId.value(), accepted, positions.size() - accepted);
    }
}
