package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AddBlackoutCommand;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AssignAircraftOwnerCommand;
import com.jetops.api.aircraft.BlackoutId;
import com.jetops.api.aircraft.BlockAircraftForMaintenanceCommand;
import com.jetops.api.aircraft.ConfirmAircraftReservationCommand;
import com.jetops.api.aircraft.CorrectFlightLegCommand;
import com.jetops.api.aircraft.EndMaintenanceBlockCommand;
import com.jetops.api.aircraft.FlightLegId;
import com.jetops.api.aircraft.GroundAircraftCommand;
import com.jetops.api.aircraft.HoldAircraftCommand;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.aircraft.RecordFlightLegCommand;
import com.jetops.api.aircraft.ReleaseAircraftReservationCommand;
import com.jetops.api.aircraft.RemoveBlackoutCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.aircraft.RetireAircraftCommand;
import com.jetops.api.aircraft.ReturnAircraftToServiceCommand;
import com.jetops.api.aircraft.UpdateAircraftDetailsCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.Require;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

@RestController
@RequestMapping("/aircraft")
@Tag(name = "Aircraft", description = "Fleet commands: registration, details, calendar, status, flight legs")
class AircraftController {
    private final CommandGateway commandGateway;

    AircraftController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** What a write answers: the id and the aggregate version, so a reader can wait for it. */
    record Accepted(String aircraftId, long version) {
    }

    /** A write that created something inside the aircraft (a reservation, a blackout, a block). */
    record Created(String aircraftId, String id, long version) {
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

    private long send(Object command) {
        Long version = commandGateway.sendAndWait(command);
        return version == null ? 0 : version;
    }

    private static AircraftId aircraftId(String id) {
        return Require.parsed("id", () -> AircraftId.of(id));
    }

    private static ResponseEntity<Created> created(AircraftId aircraftId, String path, String id, long version) {
        return ResponseEntity.created(URI.create("/aircraft/" + aircraftId + "/" + path + "/" + id))
                .body(new Created(aircraftId.value(), id, version));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an aircraft's details: specification, amenities, cabin, insurance, registration")
    Accepted updateDetails(@PathVariable("id") String id, @RequestBody AircraftRequests.UpdateDetails request) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new UpdateAircraftDetailsCommand(aircraftId,
                request.specification(), AircraftRequests.amenities(request.amenities()),
                request.interiorConfiguration(), request.insurance(), request.registration())));
    }

    @PutMapping("/{id}/owner")
    @Operation(summary = "Record the aircraft's owner (user id), for payouts")
    Accepted assignOwner(@PathVariable("id") String id, @RequestBody AircraftRequests.AssignOwner request) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new AssignAircraftOwnerCommand(aircraftId, request.ownerId())));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire the aircraft; refused while reservations lie ahead")
    Accepted retire(@PathVariable("id") String id, @RequestBody AircraftRequests.Reason request) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new RetireAircraftCommand(aircraftId, request.reason())));
    }

    @PostMapping("/{id}/availability")
    @Operation(summary = "Add a blackout window (owner or operations); refused over a reserved window")
    ResponseEntity<Created> addBlackout(@PathVariable("id") String id, @RequestBody AircraftRequests.Window request) {
        AircraftId aircraftId = aircraftId(id);
        BlackoutId blackoutId = BlackoutId.random();
        long version = send(new AddBlackoutCommand(aircraftId, blackoutId,
                AircraftRequests.window(request.start(), request.end()), request.reason()));
        return created(aircraftId, "availability", blackoutId.value(), version);
    }

    @DeleteMapping("/{id}/availability/{blackoutId}")
    @Operation(summary = "Remove a blackout window")
    Accepted removeBlackout(@PathVariable("id") String id, @PathVariable("blackoutId") String blackoutId) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new RemoveBlackoutCommand(aircraftId,
                Require.parsed("blackoutId", () -> BlackoutId.of(blackoutId)))));
    }

    @PostMapping("/{id}/reservations")
    @Operation(summary = "Hold the aircraft for a booking; 409 if the window overlaps a reservation, blackout or maintenance")
    ResponseEntity<Created> hold(@PathVariable("id") String id, @RequestBody AircraftRequests.Hold request) {
        AircraftId aircraftId = aircraftId(id);
        ReservationId reservationId = ReservationId.random();
        long version = send(new HoldAircraftCommand(aircraftId, reservationId,
                Require.parsed("bookingId", () -> BookingId.of(request.bookingId())),
                AircraftRequests.window(request.start(), request.end())));
        return created(aircraftId, "reservations", reservationId.value(), version);
    }

    @PostMapping("/{id}/reservations/{reservationId}/confirm")
    @Operation(summary = "Confirm a held reservation")
    Accepted confirm(@PathVariable("id") String id, @PathVariable("reservationId") String reservationId) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new ConfirmAircraftReservationCommand(aircraftId,
                Require.parsed("reservationId", () -> ReservationId.of(reservationId)))));
    }

    @PostMapping("/{id}/reservations/{reservationId}/release")
    @Operation(summary = "Release a reservation; its window is free again")
    Accepted release(@PathVariable("id") String id, @PathVariable("reservationId") String reservationId,
                     @RequestBody AircraftRequests.Reason request) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new ReleaseAircraftReservationCommand(aircraftId,
                Require.parsed("reservationId", () -> ReservationId.of(reservationId)), request.reason())));
    }

    @PostMapping("/{id}/maintenance-blocks")
    @Operation(summary = "Block the calendar for maintenance; refused over a reserved window")
    ResponseEntity<Created> blockForMaintenance(@PathVariable("id") String id,
                                                @RequestBody AircraftRequests.Window request) {
        AircraftId aircraftId = aircraftId(id);
        MaintenanceBlockId blockId = MaintenanceBlockId.random();
        long version = send(new BlockAircraftForMaintenanceCommand(aircraftId, blockId,
                AircraftRequests.window(request.start(), request.end()), request.reason()));
        return created(aircraftId, "maintenance-blocks", blockId.value(), version);
    }

    @DeleteMapping("/{id}/maintenance-blocks/{blockId}")
    @Operation(summary = "End a maintenance block")
    Accepted endMaintenanceBlock(@PathVariable("id") String id, @PathVariable("blockId") String blockId) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new EndMaintenanceBlockCommand(aircraftId,
                Require.parsed("blockId", () -> MaintenanceBlockId.of(blockId)))));
    }

    @PostMapping("/{id}/ground")
    @Operation(summary = "Ground the aircraft (AOG, overdue maintenance): no reservations until returned to service")
    Accepted ground(@PathVariable("id") String id, @RequestBody AircraftRequests.Reason request) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new GroundAircraftCommand(aircraftId, request.reason())));
    }

    @PostMapping("/{id}/return-to-service")
    @Operation(summary = "End a grounding")
    Accepted returnToService(@PathVariable("id") String id) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new ReturnAircraftToServiceCommand(aircraftId)));
    }

    @PostMapping("/{id}/flight-legs")
    @Operation(summary = "Record a flown leg: moves the aircraft, adds airborne time and cycles",
            description = "201 with the leg's id, which its corrections address; 409 FLIGHT_LEG_ALREADY_RECORDED "
                    + "when a recent leg already blocks off at that instant.")
    ResponseEntity<Created> recordFlightLeg(@PathVariable("id") String id,
                                            @RequestBody AircraftRequests.FlightLeg request) {
        AircraftId aircraftId = aircraftId(id);
        Instant blockOff = Require.present(request.blockOff(), "blockOff");
        long version = send(new RecordFlightLegCommand(aircraftId, request.from(), request.to(), blockOff,
                request.blockOn(), Require.present(request.airborneMinutes(), "airborneMinutes"),
                Require.present(request.cycles(), "cycles")));
        return created(aircraftId, "flight-legs", FlightLegId.ofLeg(aircraftId, blockOff).value(), version);
    }

    @PostMapping("/{id}/flight-legs/{legId}/corrections")
    @Operation(summary = "Correct a recorded leg's block times, airborne minutes and cycles, with a reason",
            description = "The aircraft's hours and cycles change by the difference and its maintenance items "
                    + "are re-checked: an item may become overdue (grounding the aircraft) or no longer be "
                    + "overdue (releasing it). The route cannot be corrected, nor can a leg be moved past another. "
                    + "404 FLIGHT_LEG_NOT_FOUND for a leg not among the aircraft's last 200; "
                    + "422 NOTHING_TO_CORRECT when the figures are those already recorded.")
    Accepted correctFlightLeg(@PathVariable("id") String id, @PathVariable("legId") String legId,
                              @RequestBody AircraftRequests.FlightLegCorrection request) {
        AircraftId aircraftId = aircraftId(id);
        return new Accepted(aircraftId.value(), send(new CorrectFlightLegCommand(aircraftId,
                Require.parsed("legId", () -> FlightLegId.of(legId)), request.blockOff(), request.blockOn(),
                Require.present(request.airborneMinutes(), "airborneMinutes"),
                Require.present(request.cycles(), "cycles"), request.reason())));
    }
}
