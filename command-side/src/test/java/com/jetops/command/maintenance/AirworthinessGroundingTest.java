package com.jetops.command.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.LiftMaintenanceHoldCommand;
import com.jetops.api.aircraft.PlaceMaintenanceHoldCommand;
import com.jetops.api.common.Money;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.api.maintenance.MaintenanceOverdueRevokedEvent;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class AirworthinessGroundingTest {
    private static final MaintenanceItemId ITEM = MaintenanceItemId.of("4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d");
    private static final AircraftId AIRCRAFT = AircraftId.of("3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77");
    private static final DuePoint DUE = new DuePoint(4800L, null, null);

    private SagaTestFixture<AirworthinessGrounding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AirworthinessGrounding.class);
    }

    private static MaintenanceOverdueEvent overdue(MaintenanceKind kind) {
        return new MaintenanceOverdueEvent(ITEM, AIRCRAFT, kind,
                kind == MaintenanceKind.AIRWORTHINESS_DIRECTIVE ? "2026-14-07" : null, "Elevator hinge fittings", DUE);
    }

    @Test
    void anOverdueAirworthinessDirectiveGroundsTheAircraft() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(overdue(MaintenanceKind.AIRWORTHINESS_DIRECTIVE))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceMaintenanceHoldCommand(AIRCRAFT, ITEM,
                        "Airworthiness directive 2026-14-07 overdue: Elevator hinge fittings"));
    }

    @Test
    void signOffLiftsTheHold() {
        fixture.givenAggregate(ITEM.value()).published(overdue(MaintenanceKind.AIRWORTHINESS_DIRECTIVE))
                .whenAggregate(ITEM.value()).publishes(new MaintenanceItemCompletedEvent(ITEM, AIRCRAFT, "J. Alvarez",
                        LocalDate.parse("2026-12-01"), 4810, 2100, Money.of("900.00", "USD"), List.of(), "in-house"))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new LiftMaintenanceHoldCommand(AIRCRAFT, ITEM));
    }

    @Test
    void aDefectPastItsDeferralGroundsTheAircraft() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(overdue(MaintenanceKind.DEFECT))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceMaintenanceHoldCommand(AIRCRAFT, ITEM,
                        "Defect open past its MEL deferral: Elevator hinge fittings"));
    }

    private static MaintenanceItemOpenedEvent defectOpened(Boolean nonDeferrable, String description) {
        return new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null, description, DUE, null,
                nonDeferrable);
    }

    @Test
    void aNonDeferrableDefectGroundsTheAircraftAsSoonAsItIsOpened() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(defectOpened(true, "Fire bottle indication inoperative"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceMaintenanceHoldCommand(AIRCRAFT, ITEM,
                        "Non-deferrable defect open: Fire bottle indication inoperative"));
    }

    @Test
    void otherItemsOpenedGroundNothing() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(defectOpened(false, "Reading light inoperative"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT,
                        MaintenanceKind.AIRWORTHINESS_DIRECTIVE, "2026-14-07", "Elevator hinge fittings", DUE, null,
                        null))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    /** The same saga gets the second start; the aircraft holds once per item (AircraftTest). */
    @Test
    void aNonDeferrableDefectGoingOverdueToo() {
        fixture.givenAggregate(ITEM.value()).published(defectOpened(true, "Elevator hinge fittings"))
                .whenAggregate(ITEM.value()).publishes(overdue(MaintenanceKind.DEFECT))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceMaintenanceHoldCommand(AIRCRAFT, ITEM,
                        "Defect open past its MEL deferral: Elevator hinge fittings"));
    }

    @Test
    void completingANonDeferrableDefectLiftsTheHold() {
        fixture.givenAggregate(ITEM.value()).published(defectOpened(true, "Fire bottle indication inoperative"))
                .whenAggregate(ITEM.value()).publishes(new MaintenanceItemCompletedEvent(ITEM, AIRCRAFT, "J. Alvarez",
                        LocalDate.parse("2026-12-01"), 4810, 2100, Money.of("900.00", "USD"), List.of(), "in-house"))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new LiftMaintenanceHoldCommand(AIRCRAFT, ITEM));
    }

    @Test
    void aLongDescriptionIsShortenedToWhatTheAircraftAccepts() {
        String reason = "Non-deferrable defect open: " + "x".repeat(2000);
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(defectOpened(true, "x".repeat(2000)))
                .expectDispatchedCommands(new PlaceMaintenanceHoldCommand(AIRCRAFT, ITEM,
                        reason.substring(0, 499) + "…"));
    }

    private static MaintenanceOverdueRevokedEvent revoked() {
        return new MaintenanceOverdueRevokedEvent(ITEM, AIRCRAFT, MaintenanceKind.AIRWORTHINESS_DIRECTIVE, DUE, 4700,
                2100);
    }

    @Test
    void anOverdueRevokedByAFlightLogCorrectionLiftsTheHold() {
        fixture.givenAggregate(ITEM.value()).published(overdue(MaintenanceKind.AIRWORTHINESS_DIRECTIVE))
                .whenAggregate(ITEM.value()).publishes(revoked())
                .expectActiveSagas(0)
                .expectDispatchedCommands(new LiftMaintenanceHoldCommand(AIRCRAFT, ITEM));
    }

    @Test
    void anItemOverdueAgainAfterARevocationGroundsAgain() {
        fixture.givenAggregate(ITEM.value()).published(overdue(MaintenanceKind.AIRWORTHINESS_DIRECTIVE), revoked())
                .whenAggregate(ITEM.value()).publishes(overdue(MaintenanceKind.AIRWORTHINESS_DIRECTIVE))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceMaintenanceHoldCommand(AIRCRAFT, ITEM,
                        "Airworthiness directive 2026-14-07 overdue: Elevator hinge fittings"));
    }

    @Test
    void aNonDeferrableDefectNoLongerOverdueStillHoldsUntilCompleted() {
        fixture.givenAggregate(ITEM.value()).published(defectOpened(true, "Elevator hinge fittings"),
                        overdue(MaintenanceKind.DEFECT))
                .whenAggregate(ITEM.value()).publishes(new MaintenanceOverdueRevokedEvent(ITEM, AIRCRAFT,
                        MaintenanceKind.DEFECT, DUE, 4700, 2100))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void anOverdueInspectionAloneDoesNotGround() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ITEM.value()).publishes(overdue(MaintenanceKind.INSPECTION))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
