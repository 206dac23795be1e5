package com.jetops.command.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.CancelMaintenanceWorkCommand;
import com.jetops.api.maintenance.CompleteMaintenanceItemCommand;
import com.jetops.api.maintenance.DeferDefectCommand;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MelCategory;
import com.jetops.api.maintenance.OpenMaintenanceItemCommand;
import com.jetops.api.maintenance.Recurrence;
import com.jetops.api.maintenance.StartMaintenanceWorkCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Maintenance", description = "Maintenance items: inspections, ADs, overhauls, defects")
class MaintenanceController {
    private final CommandGateway commandGateway;

    MaintenanceController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record Accepted(String maintenanceItemId, long version) {
    }

    record Open(MaintenanceKind kind, String adNumber, String description, DuePoint due, Recurrence recurrence,
                @Schema(description = "Defects only: true when the defect cannot be deferred under the MEL. The "
                        + "aircraft is grounded from the moment the defect is opened until it is completed.")
                Boolean nonDeferrable) {
    }

    record Complete(String signedOffBy, LocalDate completedOn, Long airborneHoursAtCompletion,
                    Long cyclesAtCompletion, Money cost, List<String> partsUsed, String provider) {
    }

    record Defer(MelCategory category, String melReference, LocalDate deferredUntil) {
    }

    record Reason(String reason) {
    }

    private Accepted send(MaintenanceItemId id, Object command) {
        Long version = commandGateway.sendAndWait(command);
        return new Accepted(id.value(), version == null ? 0 : version);
    }

    private static MaintenanceItemId itemId(String id) {
        return Require.parsed("id", () -> MaintenanceItemId.of(id));
    }

    @PostMapping("/aircraft/{id}/maintenance")
    @Operation(summary = "Open a maintenance item for an aircraft, due by hours, cycles and/or date",
            description = "A defect needs no due point; one marked nonDeferrable grounds the aircraft at once, "
                    + "until it is completed, and cannot be deferred.")
    ResponseEntity<Accepted> open(@PathVariable("id") String aircraftId, @RequestBody Open request) {
        MaintenanceItemId itemId = MaintenanceItemId.random();
        commandGateway.sendAndWait(new OpenMaintenanceItemCommand(itemId,
                Require.parsed("id", () -> AircraftId.of(aircraftId)), request.kind(), request.adNumber(),
                request.description(), request.due(), request.recurrence(), request.nonDeferrable()));
        return ResponseEntity.created(URI.create("/maintenance/" + itemId)).body(new Accepted(itemId.value(), 0));
    }

    @PostMapping("/maintenance/{id}/start")
    @Operation(summary = "Start the work; the aircraft is blocked for the work window, or the start is taken back")
    Accepted start(@PathVariable("id") String id, @RequestBody TimeWindow workWindow) {
        MaintenanceItemId itemId = itemId(id);
        return send(itemId, new StartMaintenanceWorkCommand(itemId, workWindow));
    }

    @PostMapping("/maintenance/{id}/cancel")
    @Operation(summary = "Take started work back; the aircraft's block is freed")
    Accepted cancel(@PathVariable("id") String id, @RequestBody Reason request) {
        MaintenanceItemId itemId = itemId(id);
        return send(itemId, new CancelMaintenanceWorkCommand(itemId, request.reason()));
    }

    @PostMapping("/maintenance/{id}/complete")
    @Operation(summary = "Sign the work off; a recurring item re-opens with its next due point")
    Accepted complete(@PathVariable("id") String id, @RequestBody Complete request) {
        MaintenanceItemId itemId = itemId(id);
        return send(itemId, new CompleteMaintenanceItemCommand(itemId, request.signedOffBy(), request.completedOn(),
                Require.present(request.airborneHoursAtCompletion(), "airborneHoursAtCompletion"),
                Require.present(request.cyclesAtCompletion(), "cyclesAtCompletion"), request.cost(),
                request.partsUsed(), request.provider()));
    }

    @PostMapping("/maintenance/{id}/defer")
    @Operation(summary = "Defer a defect under the minimum equipment list, within its category's limit",
            description = "422 DEFERRAL_NOT_ALLOWED beyond the category's limit, for other kinds, and for a "
                    + "defect opened as nonDeferrable.")
    Accepted defer(@PathVariable("id") String id, @RequestBody Defer request) {
        MaintenanceItemId itemId = itemId(id);
        return send(itemId, new DeferDefectCommand(itemId, request.category(), request.melReference(),
                request.deferredUntil()));
    }
}
