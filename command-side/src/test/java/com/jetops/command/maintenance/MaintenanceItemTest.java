package com.jetops.command.maintenance;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.CompleteMaintenanceItemCommand;
import com.jetops.api.maintenance.DeferDefectCommand;
import com.jetops.api.maintenance.DefectDeferredEvent;
import com.jetops.api.maintenance.DuePoint;
import com.jetops.api.maintenance.MaintenanceDueSoonEvent;
import com.jetops.api.maintenance.MaintenanceItemCompletedEvent;
import com.jetops.api.maintenance.MaintenanceOverdueEvent;
import com.jetops.api.maintenance.MaintenanceOverdueRevokedEvent;
import com.jetops.api.maintenance.TrackAircraftUtilizationCommand;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.maintenance.MaintenanceItemOpenedEvent;
import com.jetops.api.maintenance.MaintenanceItemRecurredEvent;
import com.jetops.api.maintenance.MaintenanceKind;
import com.jetops.api.maintenance.MaintenanceWorkStartedEvent;
import com.jetops.api.maintenance.MelCategory;
import com.jetops.api.maintenance.OpenMaintenanceItemCommand;
import com.jetops.api.maintenance.Recurrence;
import com.jetops.api.maintenance.StartMaintenanceWorkCommand;
import com.jetops.command.aircraft.KnownAircraft;
import org.axonframework.test.aggregate.AggregateTestFixture;
import static com.jetops.command.Refusals.refusedWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class MaintenanceItemTest {
    private static final MaintenanceItemId ITEM = MaintenanceItemId.of("4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d");
    private static final AircraftId AIRCRAFT = AircraftId.of("3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final TimeWindow WORK = new TimeWindow(Instant.parse("2026-12-05T06:00:00Z"),
            Instant.parse("2026-12-07T18:00:00Z"));

    private AggregateTestFixture<MaintenanceItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MaintenanceItem.class);
        fixture.registerInjectableResource((KnownAircraft) AIRCRAFT::equals);
    }


    private static MaintenanceItemOpenedEvent phaseInspection() {
        return new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT, MaintenanceKind.INSPECTION, null,
                "Phase 2 inspection", new DuePoint(4800L, null, LocalDate.parse("2027-03-01")),
                new Recurrence(600L, null, 12), null);
    }

    private static MaintenanceItemOpenedEvent defect() {
        return new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null,
                "Left cabin reading light inoperative", null, null, false);
    }

    private static CompleteMaintenanceItemCommand completion() {
        return new CompleteMaintenanceItemCommand(ITEM, "J. Alvarez (A&P 3904412)", LocalDate.parse("2026-11-30"),
                4790, 2105, Money.of("18450.00", "USD"), List.of("filter P/N 1152682-2"), "Jet Aviation Teterboro");
    }

    @Test
    void opensAnItemDueByHoursOrDate() {
        MaintenanceItemOpenedEvent opened = phaseInspection();
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, opened.kind(), null, opened.description(),
                        opened.due(), opened.recurrence(), null))
                .expectEvents(opened);
    }

    @Test
    void refusesAnItemForAnUnknownAircraftOrWithoutADuePoint() {
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AircraftId.random(), MaintenanceKind.INSPECTION, null,
                        "Phase 2 inspection", new DuePoint(4800L, null, null), null, null))
                .expectException(refusedWith(ErrorCode.AIRCRAFT_NOT_FOUND, "aircraftId"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, MaintenanceKind.INSPECTION, null,
                        "Phase 2 inspection", new DuePoint(null, null, null), null, null))
                .expectException(refusedWith(ErrorCode.MISSING_VALUE, "due"))
                .expectNoEvents();
    }

    @Test
    void anAirworthinessDirectiveNeedsItsNumber() {
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, MaintenanceKind.AIRWORTHINESS_DIRECTIVE, null,
                        "Inspect elevator hinge fittings", new DuePoint(null, null, LocalDate.parse("2027-01-15")), null,
                        null))
                .expectException(refusedWith(ErrorCode.MISSING_VALUE, "adNumber"))
                .expectNoEvents();
    }

    @Test
    void startsPlannedWork() {
        fixture.givenCurrentTime(NOW).andGiven(phaseInspection())
                .when(new StartMaintenanceWorkCommand(ITEM, WORK))
                .expectEvents(new MaintenanceWorkStartedEvent(ITEM, AIRCRAFT, WORK, "Phase 2 inspection"));
    }

    @Test
    void completesWorkAndARecurringItemReopensAtItsNextDuePoint() {
        fixture.givenCurrentTime(NOW)
                .andGiven(phaseInspection(), new MaintenanceWorkStartedEvent(ITEM, AIRCRAFT, WORK, "Phase 2 inspection"))
                .when(completion())
                .expectEvents(new MaintenanceItemCompletedEvent(ITEM, AIRCRAFT, "J. Alvarez (A&P 3904412)",
                                LocalDate.parse("2026-11-30"), 4790, 2105, Money.of("18450.00", "USD"),
                                List.of("filter P/N 1152682-2"), "Jet Aviation Teterboro"),
                        new MaintenanceItemRecurredEvent(ITEM, AIRCRAFT,
                                new DuePoint(5390L, null, LocalDate.parse("2027-11-30"))));
    }

    @Test
    void refusesToCompleteWorkThatNeverStarted() {
        fixture.givenCurrentTime(NOW).andGiven(phaseInspection())
                .when(completion())
                .expectException(refusedWith(ErrorCode.MAINTENANCE_STATE, null))
                .expectNoEvents();
    }

    @Test
    void defersADefectWithinItsMelCategory() {
        fixture.givenCurrentTime(NOW).andGiven(defect())
                .when(new DeferDefectCommand(ITEM, MelCategory.C, "33-20-01", null))
                .expectEvents(new DefectDeferredEvent(ITEM, AIRCRAFT, MelCategory.C, "33-20-01",
                        LocalDate.parse("2026-12-11")));
        setUp(); // a fresh fixture: the deferral above scheduled a deadline on the first one's clock
        fixture.givenCurrentTime(NOW).andGiven(defect())
                .when(new DeferDefectCommand(ITEM, MelCategory.B, "33-20-01", LocalDate.parse("2026-12-05")))
                .expectException(refusedWith(ErrorCode.DEFERRAL_NOT_ALLOWED, "deferredUntil"))
                .expectNoEvents();
    }

    // --- non-deferrable defects -------------------------------------------------------------------

    private static MaintenanceItemOpenedEvent nonDeferrableDefect() {
        return new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null,
                "Left engine fire bottle discharge indication inoperative", null, null, true);
    }

    @Test
    void opensADefectAsNonDeferrableOrNot() {
        MaintenanceItemOpenedEvent opened = nonDeferrableDefect();
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null,
                        opened.description(), null, null, true))
                .expectEvents(opened);
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null,
                        "Left cabin reading light inoperative", null, null, null))
                .expectEvents(defect());
    }

    @Test
    void onlyADefectCanBeMarkedNonDeferrable() {
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, MaintenanceKind.INSPECTION, null,
                        "Phase 2 inspection", new DuePoint(4800L, null, null), null, true))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "nonDeferrable"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT, MaintenanceKind.AIRWORTHINESS_DIRECTIVE,
                        "2026-14-07", "Inspect elevator hinge fittings", new DuePoint(4800L, null, null), null, false))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "nonDeferrable"))
                .expectNoEvents();
    }

    @Test
    void refusesToDeferANonDeferrableDefect() {
        fixture.givenCurrentTime(NOW).andGiven(nonDeferrableDefect())
                .when(new DeferDefectCommand(ITEM, MelCategory.C, "26-15-01", null))
                .expectException(refusedWith(ErrorCode.DEFERRAL_NOT_ALLOWED, null))
                .expectNoEvents();
    }

    @Test
    void aNonDeferrableDefectIsWorkedAndCompletedLikeAnyItem() {
        fixture.givenCurrentTime(NOW).andGiven(nonDeferrableDefect())
                .when(new StartMaintenanceWorkCommand(ITEM, WORK))
                .expectEvents(new MaintenanceWorkStartedEvent(ITEM, AIRCRAFT, WORK,
                        "Left engine fire bottle discharge indication inoperative"));
    }

    @Test
    void onlyADefectCanBeDeferred() {
        fixture.givenCurrentTime(NOW).andGiven(phaseInspection())
                .when(new DeferDefectCommand(ITEM, MelCategory.C, "33-20-01", null))
                .expectException(refusedWith(ErrorCode.DEFERRAL_NOT_ALLOWED, null))
                .expectNoEvents();
    }

    // --- due tracking -------------------------------------------------------------------------------

    private static MaintenanceItemOpenedEvent overdueableAd() {
        return new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT, MaintenanceKind.AIRWORTHINESS_DIRECTIVE, "2026-14-07",
                "Inspect elevator hinge fittings", new DuePoint(4800L, 2200L, LocalDate.parse("2027-03-01")), null,
                null);
    }

    @Test
    void isDueSoonWithinTwentyFiveHoursAndOverdueAtItsDuePointOnceEach() {
        MaintenanceItemOpenedEvent ad = overdueableAd();
        fixture.givenCurrentTime(NOW).andGiven(ad)
                .when(new TrackAircraftUtilizationCommand(ITEM, 4774, 2100))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(ad)
                .when(new TrackAircraftUtilizationCommand(ITEM, 4775, 2100))
                .expectEvents(new MaintenanceDueSoonEvent(ITEM, AIRCRAFT, ad.kind(), ad.due()));
        fixture.givenCurrentTime(NOW).andGiven(ad, new MaintenanceDueSoonEvent(ITEM, AIRCRAFT, ad.kind(), ad.due()))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4790, 2150))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW).andGiven(ad, new MaintenanceDueSoonEvent(ITEM, AIRCRAFT, ad.kind(), ad.due()))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4700, 2200))
                .expectEvents(new MaintenanceOverdueEvent(ITEM, AIRCRAFT, ad.kind(), "2026-14-07",
                        "Inspect elevator hinge fittings", ad.due()));
    }

    // --- flight-log corrections taking the totals back ------------------------------------------------

    private static MaintenanceOverdueEvent adOverdue(MaintenanceItemOpenedEvent ad) {
        return new MaintenanceOverdueEvent(ITEM, AIRCRAFT, ad.kind(), ad.adNumber(), ad.description(), ad.due());
    }

    @Test
    void anItemOverdueByHoursIsNoLongerOverdueWhenACorrectionTakesTheTotalsBack() {
        MaintenanceItemOpenedEvent ad = overdueableAd();
        fixture.givenCurrentTime(NOW).andGiven(ad, adOverdue(ad))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4700, 2100))
                .expectEvents(new MaintenanceOverdueRevokedEvent(ITEM, AIRCRAFT, ad.kind(), ad.due(), 4700, 2100));
    }

    @Test
    void aRevokedItemStillWithinTheMarginIsDueSoonAgain() {
        MaintenanceItemOpenedEvent ad = overdueableAd();
        fixture.givenCurrentTime(NOW).andGiven(ad, adOverdue(ad))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4790, 2100))
                .expectEvents(new MaintenanceOverdueRevokedEvent(ITEM, AIRCRAFT, ad.kind(), ad.due(), 4790, 2100),
                        new MaintenanceDueSoonEvent(ITEM, AIRCRAFT, ad.kind(), ad.due()));
    }

    @Test
    void anItemStillOverdueByCyclesOrByItsDateStaysOverdue() {
        MaintenanceItemOpenedEvent ad = overdueableAd();
        fixture.givenCurrentTime(NOW).andGiven(ad, adOverdue(ad))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4700, 2200))
                .expectNoEvents();
        fixture.givenCurrentTime(Instant.parse("2027-03-02T09:00:00Z")).andGiven(ad, adOverdue(ad))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4700, 2100))
                .expectNoEvents();
    }

    @Test
    void aDefectPastItsDeferralStaysOverdue() {
        MaintenanceItemOpenedEvent defect = new MaintenanceItemOpenedEvent(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null,
                "Left cabin reading light inoperative", new DuePoint(4800L, null, null), null, false);
        fixture.givenCurrentTime(NOW).andGiven(defect,
                        new DefectDeferredEvent(ITEM, AIRCRAFT, MelCategory.B, "33-20-01", LocalDate.parse("2026-11-28")),
                        new MaintenanceOverdueEvent(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null, defect.description(),
                                new DuePoint(null, null, LocalDate.parse("2026-11-28"))))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4700, 2100))
                .expectNoEvents();
    }

    @Test
    void aCorrectionUpwardMakesARevokedItemOverdueAgain() {
        MaintenanceItemOpenedEvent ad = overdueableAd();
        fixture.givenCurrentTime(NOW).andGiven(ad, adOverdue(ad),
                        new MaintenanceOverdueRevokedEvent(ITEM, AIRCRAFT, ad.kind(), ad.due(), 4700, 2100))
                .when(new TrackAircraftUtilizationCommand(ITEM, 4801, 2100))
                .expectEvents(adOverdue(ad));
    }

    @Test
    void becomesOverdueTheDayAfterItsDueDate() {
        fixture.givenCurrentTime(NOW).andGivenCommands(new OpenMaintenanceItemCommand(ITEM, AIRCRAFT,
                        MaintenanceKind.AIRWORTHINESS_DIRECTIVE, "2026-14-07", "Inspect elevator hinge fittings",
                        new DuePoint(null, null, LocalDate.parse("2027-03-01")), null, null))
                .whenTimeAdvancesTo(Instant.parse("2027-03-02T00:00:00Z"))
                .expectEvents(new MaintenanceDueSoonEvent(ITEM, AIRCRAFT, MaintenanceKind.AIRWORTHINESS_DIRECTIVE,
                                new DuePoint(null, null, LocalDate.parse("2027-03-01"))),
                        new MaintenanceOverdueEvent(ITEM, AIRCRAFT, MaintenanceKind.AIRWORTHINESS_DIRECTIVE,
                                "2026-14-07", "Inspect elevator hinge fittings",
                                new DuePoint(null, null, LocalDate.parse("2027-03-01"))));
    }

    @Test
    void aCompletedItemIsNoLongerTracked() {
        fixture.givenCurrentTime(NOW).andGiven(phaseInspection(),
                        new MaintenanceWorkStartedEvent(ITEM, AIRCRAFT, WORK, "Phase 2 inspection"),
                        new MaintenanceItemCompletedEvent(ITEM, AIRCRAFT, "J. Alvarez", LocalDate.parse("2026-11-30"),
                                4790, 2105, Money.of("0", "USD"), List.of(), "in-house"))
                .when(new TrackAircraftUtilizationCommand(ITEM, 9999, 9999))
                .expectNoEvents();
    }

    @Test
    void aDefectStillOpenWhenItsDeferralRunsOutIsOverdue() {
        fixture.givenCurrentTime(NOW).andGiven(defect())
                .andGivenCommands(new DeferDefectCommand(ITEM, MelCategory.B, "33-20-01", null))
                .whenTimeAdvancesTo(Instant.parse("2026-12-05T00:00:00Z"))
                .expectEvents(new MaintenanceOverdueEvent(ITEM, AIRCRAFT, MaintenanceKind.DEFECT, null,
                        "Left cabin reading light inoperative", new DuePoint(null, null, LocalDate.parse("2026-12-04"))));
    }
}
