package com.jetops.command.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.BlockAircraftForMaintenanceCommand;
import com.jetops.api.aircraft.EndMaintenanceBlockCommand;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.CancelMaintenanceWorkCommand;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceWorkCancelledEvent;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class MaintenanceWorkBlockingTest {
    private static final MaintenanceItemId ITEM = MaintenanceItemId.of("4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d");
    private static final AircraftId AIRCRAFT = AircraftId.of("3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77");
    private static final TimeWindow WORK = new TimeWindow(Instant.parse("2026-12-05T06:00:00Z"),
            Instant.parse("2026-12-07T18:00:00Z"));

    private SagaTestFixture<MaintenanceWorkBlocking> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(MaintenanceWorkBlocking.class);
    }

    private static MaintenanceWorkStartedEvent started() {
        return new MaintenanceWorkStartedEvent(ITEM, AIRCRAFT, WORK, "Phase 2 inspection");
    }

    /** The fixture publishes the started event as the item's first event: sequence number 0. */
    private static MaintenanceBlockId block() {
        return MaintenanceWorkBlocking.blockIdFor(ITEM, 0);
    }

    @Test
    void startedWorkBlocksTheAircraftForTheWindow() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(started())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new BlockAircraftForMaintenanceCommand(AIRCRAFT, block(), WORK,
                        "Maintenance: Phase 2 inspection"));
    }

    @Test
    void completionFreesTheAircraftAndEndsTheSaga() {
        fixture.givenAggregate(ITEM.value()).published(started())
                .whenAggregate(ITEM.value()).publishes(new MaintenanceItemCompletedEvent(ITEM, AIRCRAFT, "J. Alvarez",
                        LocalDate.parse("2026-12-07"), 4790, 2105, Money.of("0", "USD"), List.of(), "in-house"))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new EndMaintenanceBlockCommand(AIRCRAFT, block()));
    }

    @Test
    void cancelledWorkFreesTheBlockAndEndsTheSaga() {
        fixture.givenAggregate(ITEM.value()).published(started())
                .whenAggregate(ITEM.value()).publishes(new MaintenanceWorkCancelledEvent(ITEM, AIRCRAFT, "parts late"))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new EndMaintenanceBlockCommand(AIRCRAFT, block()));
    }

    @Test
    void aRefusedBlockTakesTheWorkBack() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof BlockAircraftForMaintenanceCommand) {
                String message = "the window overlaps reservation 7a4e for booking 0b0f";
                throw new CommandExecutionException(message, null,
                        new Refusal(ErrorCode.CALENDAR_CONFLICT, "window", message));
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(started())
                .expectDispatchedCommands(
                        new BlockAircraftForMaintenanceCommand(AIRCRAFT, block(), WORK, "Maintenance: Phase 2 inspection"),
                        new CancelMaintenanceWorkCommand(ITEM,
                                "The aircraft could not be blocked: the window overlaps reservation 7a4e for booking 0b0f"));
    }

    @Test
    void aFailureThatIsNoRefusalLeavesTheWorkStarted() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new IllegalStateException("connection refused");
        });
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(started())
                .expectDispatchedCommands(
                        new BlockAircraftForMaintenanceCommand(AIRCRAFT, block(), WORK, "Maintenance: Phase 2 inspection"));
    }

    @Test
    void longDescriptionsAreShortenedForTheAircraftsCalendar() {
        String reason = MaintenanceWorkBlocking.blockReason("x".repeat(500));
        org.assertj.core.api.Assertions.assertThat(reason).hasSize(200).startsWith("Maintenance: x").endsWith("…");
    }
}
