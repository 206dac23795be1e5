package com.jetops.command.maintenance;

import com.jetops.command.infra.Reasons;
import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.BlockAircraftForMaintenanceCommand;
import com.jetops.api.aircraft.EndMaintenanceBlockCommand;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.maintenance.CancelMaintenanceWorkCommand;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceWorkCancelledEvent;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.api.common.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Carries maintenance work to the aircraft's calendar: work started blocks the aircraft for
 * the work window; completion frees it. If the aircraft refuses the block (a reservation is in
 * the way), the work is taken back with the aircraft's reason, so the item never claims a
 * window the aircraft does not hold.
 */
@SnapshotByFields
@Saga
public class MaintenanceWorkBlocking {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceWorkBlocking.class);

    private MaintenanceItemId maintenanceItemId;
    private AircraftId aircraftId;
    private MaintenanceBlockId blockId;

    /** One block per work start of an item: the same start always maps to the same block id. */
    static MaintenanceBlockId blockIdFor(MaintenanceItemId itemId, long occurrence) {
        return MaintenanceBlockId.of(UUID.nameUUIDFromBytes((itemId + "/" + occurrence)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceWorkStartedEvent event, CommandGateway commands, @SequenceNumber long sequenceNumber) {
        maintenanceItemId = event.maintenanceItemId();
        aircraftId = event.aircraftId();
        blockId = blockIdFor(event.maintenanceItemId(), sequenceNumber);
        commands.send(new BlockAircraftForMaintenanceCommand(aircraftId, blockId, event.workWindow(),
                        blockReason(event.description())))
                .whenComplete((result, failure) -> {
                    if (failure instanceof CommandExecutionException refused
                            && refused.getDetails().orElse(null) instanceof Refusal refusal) {
                        commands.send(new CancelMaintenanceWorkCommand(maintenanceItemId,
                                "The aircraft could not be blocked: " + refusal.message()));
                    } else if (failure != null) {
                        // Not a refusal (database or network trouble): the work stays started and
                        // operations see it; cancelling would turn an outage into a business decision.
                        log.error("Blocking aircraft {} for maintenance item {} failed", aircraftId, maintenanceItemId,
                                failure);
                    }
                });
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceItemCompletedEvent event, CommandGateway commands) {
        commands.send(new EndMaintenanceBlockCommand(aircraftId, blockId));
    }

    /**
     * Frees the block if there is one. When the cancellation came from the aircraft refusing the
     * block, the aircraft answers "no such block" and nothing changes.
     */
    @SagaEventHandler(associationProperty = "maintenanceItemId")
    void on(MaintenanceWorkCancelledEvent event, CommandGateway commands) {
        commands.send(new EndMaintenanceBlockCommand(aircraftId, blockId));
        SagaLifecycle.end();
    }

    /** The aircraft keeps block reasons to 200 characters. */
    static String blockReason(String description) {
        return Reasons.shortened("Maintenance: " + description, 200);
    }
}
