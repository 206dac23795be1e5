package com.jetops.command.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.LiftMaintenanceHoldCommand;
import com.jetops.api.aircraft.PlaceMaintenanceHoldCommand;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * An overdue airworthiness directive, or a defect still open when its MEL deferral runs out,
 * makes the aircraft unairworthy: this saga holds it on the ground until the item is signed off, then lifts the hold (the aircraft returns to service
 * when no other hold or AOG grounding remains).
 */
@SnapshotByFields
@Saga
public class AirworthinessGrounding {
    private MaintenanceItemId maintenanceItemId;
    private AircraftId aircraftId;

    @StartSaga
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceOverdueEvent event, CommandGateway commands) {
        String reason = switch (event.kind()) {
            case AIRWORTHINESS_DIRECTIVE -> "Airworthiness directive " + event.adNumber() + " overdue: ";
            case DEFECT -> "Defect open past its MEL deferral: ";
            default -> null;
        };
        if (reason == null) {
            SagaLifecycle.end();
            return;
        }
        maintenanceItemId = event.maintenanceItemId();
        aircraftId = event.aircraftId();
        // The aircraft keeps hold reasons to 500 characters; descriptions may be longer.
        commands.sendAndWait(new PlaceMaintenanceHoldCommand(aircraftId, maintenanceItemId,
                Reasons.shortened(reason + event.description(), 500)));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceItemCompletedEvent event, CommandGateway commands) {
        commands.sendAndWait(new LiftMaintenanceHoldCommand(aircraftId, maintenanceItemId));
    }
}
