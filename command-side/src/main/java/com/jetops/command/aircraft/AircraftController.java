package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/aircraft")
@Tag(name = "Aircraft", description = "Fleet commands")
class AircraftController {
    private final CommandGateway commandGateway;

    AircraftController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** What a write answers: the id and the aggregate version, so a reader can wait for it. */
    record Accepted(String aircraftId, long version) {
    }

    @PostMapping
    @Operation(summary = "Register an aircraft in the fleet",
            description = "201 with the new id; 400 names the field at fault; 409 when the tail number is taken.")
    ResponseEntity<Accepted> register(@RequestBody RegisterAircraftRequest request) {
        AircraftId aircraftId = AircraftId.random();
        commandGateway.sendAndWait(request.toCommand(aircraftId));
        // Registration is the aggregate's first event: sequence number 0.
        return ResponseEntity.created(URI.create("/aircraft/" + aircraftId))
                .body(new Accepted(aircraftId.value(), 0));
    }
}
