package com.jetops.command.maintenance;

import com.jetops.command.infra.Reasons;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.LiftMaintenanceHoldCommand;
import com.jetops.api.aircraft.PlaceMaintenanceHoldCommand;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.api.maintenance.MaintenanceOverdueRevokedEvent;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * An unairworthy item holds its aircraft on the ground until the item is signed off, then
 * lifts the hold (the aircraft returns to service when no other hold or AOG grounding
 * remains). Unairworthy are: an overdue airworthiness directive, a defect still open when its
 * MEL deferral runs out, and a defect opened as non-deferrable (from the moment it is opened).
 * One saga per item: a second start (a non-deferrable defect that later also goes overdue)
 * reaches the same saga and places the same hold again, which the aircraft ignores.
 * An overdue revoked by a flight-log correction lifts the hold, except a non-deferrable
 * defect's, which holds until completed.
 */
@SnapshotByFields
@Saga
public class AirworthinessGrounding {
    private MaintenanceItemId maintenanceItemId;
    private AircraftId aircraftId;
    private boolean nonDeferrableDefect;

    @StartSaga
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceItemOpenedEvent event, CommandGateway commands) {
        if (event.kind() != MaintenanceKind.DEFECT || !Boolean.TRUE.equals(event.nonDeferrable())) {
            SagaLifecycle.end();
            return;
        }
        nonDeferrableDefect = true;
        hold(event.maintenanceItemId(), event.aircraftId(), "Non-deferrable defect open: " + event.description(),
                commands);
    }

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
        hold(event.maintenanceItemId(), event.aircraftId(), reason + event.description(), commands);
    }

    /** The aircraft keeps hold reasons to 500 characters; descriptions may be longer. */
    private void hold(MaintenanceItemId itemId, AircraftId aircraft, String reason, CommandGateway commands) {
        maintenanceItemId = itemId;
        aircraftId = aircraft;
        commands.sendAndWait(new PlaceMaintenanceHoldCommand(aircraftId, maintenanceItemId,
                Reasons.shortened(reason, 500)));
    }

    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceOverdueRevokedEvent event, CommandGateway commands) {
        if (!nonDeferrableDefect) {
            commands.sendAndWait(new LiftMaintenanceHoldCommand(aircraftId, maintenanceItemId));
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceItemCompletedEvent event, CommandGateway commands) {
        commands.sendAndWait(new LiftMaintenanceHoldCommand(aircraftId, maintenanceItemId));
    }
}
