package com.jetops.command.aircraft;

import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.aircraft.AddBlackoutCommand;
import com.jetops.api.aircraft.AircraftDetailsUpdatedEvent;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftInsurance;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftRegistration;
import com.jetops.api.aircraft.AircraftReservationConfirmedEvent;
import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.AircraftReservationReleasedEvent;
import com.jetops.api.aircraft.AircraftRetiredEvent;
import com.jetops.api.aircraft.AircraftReturnedToServiceEvent;
import com.jetops.api.aircraft.AssignAircraftOwnerCommand;
import com.jetops.api.aircraft.BlackoutAddedEvent;
import com.jetops.api.aircraft.BlackoutRemovedEvent;
import com.jetops.api.aircraft.BlockAircraftForMaintenanceCommand;
import com.jetops.api.aircraft.ConfirmAircraftReservationCommand;
import com.jetops.api.aircraft.CorrectFlightLegCommand;
import com.jetops.api.aircraft.EndMaintenanceBlockCommand;
import com.jetops.api.aircraft.FlightLegCorrectedEvent;
import com.jetops.api.aircraft.FlightLegFigures;
import com.jetops.api.aircraft.FlightLegId;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.GroundAircraftCommand;
import com.jetops.api.aircraft.HoldAircraftCommand;
import com.jetops.api.aircraft.MaintenanceBlockAddedEvent;
import com.jetops.api.aircraft.MaintenanceBlockEndedEvent;
import com.jetops.api.aircraft.LiftMaintenanceHoldCommand;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.aircraft.MaintenanceHoldLiftedEvent;
import com.jetops.api.aircraft.MaintenanceHoldPlacedEvent;
import com.jetops.api.aircraft.PlaceMaintenanceHoldCommand;
import com.jetops.api.aircraft.RecordFlightLegCommand;
import com.jetops.api.aircraft.ReleaseAircraftReservationCommand;
import com.jetops.api.aircraft.RemoveBlackoutCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.aircraft.RetireAircraftCommand;
import com.jetops.api.aircraft.ReturnAircraftToServiceCommand;
import com.jetops.api.aircraft.UpdateAircraftDetailsCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.maintenance.MaintenanceItemId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.AircraftStatus;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TailNumber;
import com.jetops.api.reference.Airports;
import com.jetops.command.infra.EventClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.jetops.command.infra.ActingFor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One aircraft of the fleet. It owns everything that decides whether it may fly a trip:
 * its specification, where it is and its status; later its calendar of reservations,
 * blackouts and maintenance blocks.
 */
@SnapshotByFields
@Aggregate(snapshotTriggerDefinition = "eventCountSnapshotTrigger", cache = "aggregateCache")
public class Aircraft {
    private static final Pattern TYPE_DESIGNATOR = Pattern.compile("[A-Z][A-Z0-9]{1,3}");
    static final int MAX_AMENITIES = 50;

    @AggregateIdentifier
    private AircraftId aircraftId;
    private TailNumber tailNumber;
    private IcaoCode baseAirport;
    private IcaoCode currentAirport;
    private AircraftStatus status;
    private String ownerId;
    /** AOG grounding by operations, ended by return to service. */
    private boolean grounded;
    /** Unairworthy maintenance items (overdue, or a non-deferrable defect) keeping the aircraft on the ground. */
    private Set<MaintenanceItemId> maintenanceHolds = new HashSet<>();
    private boolean retired;
    /** Block-on of the latest leg flown: a late flight-log entry must not move the aircraft back. */
    private Instant lastBlockOn;
    private long airborneMinutes;
    private long cycles;
    private RecentFlightLegs recentLegs = new RecentFlightLegs();
    private AircraftCalendar calendar = new AircraftCalendar();

    protected Aircraft() {
        // for Axon: rebuilt from events or a snapshot
    }

    /** An owner acts only on their own aircraft (see ActingFor). */
    @CommandHandlerInterceptor
    Object onlyItsOwner(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ActingFor.requireOwnObject(command, com.jetops.api.security.Role.AIRCRAFT_OWNER, ownerId, "aircraft " + aircraftId);
        return chain.proceed();
    }

    @CommandHandler
    public Aircraft(RegisterAircraftCommand command, Airports airports, TailNumberClaims tailNumbers) {
        Require.present(command.aircraftId(), "aircraftId");
        Require.present(command.tailNumber(), "tailNumber");
        AircraftSpecification specification = checkSpecification(
                Require.present(command.specification(), "specification"));
        Require.present(command.baseAirport(), "baseAirport");
        if (!airports.contains(command.baseAirport())) {
            throw new RuleViolationException(ErrorCode.UNKNOWN_AIRPORT, "baseAirport",
                    "No airport " + command.baseAirport() + " in the reference data");
        }
        checkAmenities(command.amenities());
        if (!tailNumbers.claim(command.tailNumber(), command.aircraftId())) {
            throw new RuleViolationException(ErrorCode.TAIL_NUMBER_TAKEN, "tailNumber",
                    "Tail number " + command.tailNumber() + " is already registered to another aircraft");
        }
        apply(new AircraftRegisteredEvent(command.aircraftId(), command.tailNumber(), specification,
                command.baseAirport(), command.amenities()));
    }

    @CommandHandler
    long handle(UpdateAircraftDetailsCommand command) {
        requireInService();
        AircraftSpecification specification = checkSpecification(
                Require.present(command.specification(), "specification"));
        checkAmenities(command.amenities() == null ? Set.of() : command.amenities());
        if (command.interiorConfiguration() != null) {
            Require.text(command.interiorConfiguration(), "interiorConfiguration", 2000);
        }
        checkInsurance(command.insurance());
        checkRegistration(command.registration());
        apply(new AircraftDetailsUpdatedEvent(aircraftId, specification,
                command.amenities() == null ? Set.of() : Set.copyOf(command.amenities()),
                command.interiorConfiguration(), command.insurance(), command.registration()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssignAircraftOwnerCommand command) {
        requireInService();
        String owner = Require.text(command.ownerId(), "ownerId", 100);
        if (!owner.equals(ownerId)) {
            apply(new AircraftOwnerAssignedEvent(aircraftId, owner));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RetireAircraftCommand command) {
        String reason = Require.text(command.reason(), "reason", 500);
        if (retired) {
            return AggregateLifecycle.getVersion();
        }
        if (calendar.hasReservationEndingAfter(EventClock.now())) {
            throw new RuleViolationException(ErrorCode.AIRCRAFT_HAS_RESERVATIONS, null,
                    "Aircraft " + tailNumber + " still has reservations ahead; release them before retiring it");
        }
        apply(new AircraftRetiredEvent(aircraftId, reason));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddBlackoutCommand command) {
        requireInService();
        Require.present(command.blackoutId(), "blackoutId");
        TimeWindow window = Require.present(command.window(), "window");
        String reason = Require.text(command.reason(), "reason", 200);
        if (calendar.hasBlackout(command.blackoutId())) {
            return AggregateLifecycle.getVersion();
        }
        calendar.reservationOverlapping(window).ifPresent(conflict -> {
            throw new RuleViolationException(ErrorCode.CALENDAR_CONFLICT, "window",
                    "The blackout overlaps " + conflict + "; release or move the reservation first");
        });
        apply(new BlackoutAddedEvent(aircraftId, command.blackoutId(), window, reason));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveBlackoutCommand command) {
        if (!calendar.hasBlackout(Require.present(command.blackoutId(), "blackoutId"))) {
            throw new RuleViolationException(ErrorCode.BLACKOUT_NOT_FOUND, "blackoutId",
                    "Aircraft " + tailNumber + " has no blackout " + command.blackoutId());
        }
        apply(new BlackoutRemovedEvent(aircraftId, command.blackoutId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(HoldAircraftCommand command) {
        requireInService();
        if (grounded || !maintenanceHolds.isEmpty()) {
            throw new RuleViolationException(ErrorCode.AIRCRAFT_GROUNDED, null,
                    "Aircraft " + tailNumber + " is grounded" + (maintenanceHolds.isEmpty() ? ""
                            : " by maintenance items " + maintenanceHolds)
                            + " and accepts no reservation until returned to service");
        }
        ReservationId reservationId = Require.present(command.reservationId(), "reservationId");
        BookingId bookingId = Require.present(command.bookingId(), "bookingId");
        TimeWindow window = Require.present(command.window(), "window");
        var existing = calendar.reservation(reservationId);
        if (existing.isPresent()) {
            if (existing.get().bookingId().equals(bookingId) && existing.get().window().equals(window)) {
                return AggregateLifecycle.getVersion(); // the same hold again: already done
            }
            throw new RuleViolationException(ErrorCode.CALENDAR_CONFLICT, "reservationId",
                    "Reservation " + reservationId + " already exists with other details");
        }
        if (!window.end().isAfter(EventClock.now())) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "window", "The window has already ended");
        }
        List<ReservationId> replacing = command.replacing() == null ? List.of() : command.replacing();
        calendar.anythingOverlapping(window, bookingId, replacing).ifPresent(conflict -> {
            throw new RuleViolationException(ErrorCode.CALENDAR_CONFLICT, "window",
                    "Aircraft " + tailNumber + " is not free: the window overlaps " + conflict);
        });
        apply(new AircraftReservationHeldEvent(aircraftId, reservationId, bookingId, window));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ConfirmAircraftReservationCommand command) {
        AircraftCalendar.Reservation reservation = existingReservation(command.reservationId());
        if (!reservation.confirmed()) {
            requireInService();
            apply(new AircraftReservationConfirmedEvent(aircraftId, command.reservationId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReleaseAircraftReservationCommand command) {
        existingReservation(command.reservationId());
        String reason = Require.text(command.reason(), "reason", 500);
        apply(new AircraftReservationReleasedEvent(aircraftId, command.reservationId(), reason));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(BlockAircraftForMaintenanceCommand command) {
        requireInService();
        MaintenanceBlockId blockId = Require.present(command.maintenanceBlockId(), "maintenanceBlockId");
        TimeWindow window = Require.present(command.window(), "window");
        String reason = Require.text(command.reason(), "reason", 200);
        if (calendar.hasMaintenanceBlock(blockId)) {
            return AggregateLifecycle.getVersion();
        }
        calendar.reservationOverlapping(window).ifPresent(conflict -> {
            throw new RuleViolationException(ErrorCode.CALENDAR_CONFLICT, "window",
                    "The maintenance block overlaps " + conflict + "; release or move the reservation first");
        });
        apply(new MaintenanceBlockAddedEvent(aircraftId, blockId, window, reason));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EndMaintenanceBlockCommand command) {
        if (!calendar.hasMaintenanceBlock(Require.present(command.maintenanceBlockId(), "maintenanceBlockId"))) {
            throw new RuleViolationException(ErrorCode.MAINTENANCE_BLOCK_NOT_FOUND, "maintenanceBlockId",
                    "Aircraft " + tailNumber + " has no maintenance block " + command.maintenanceBlockId());
        }
        apply(new MaintenanceBlockEndedEvent(aircraftId, command.maintenanceBlockId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(GroundAircraftCommand command) {
        requireInService();
        String reason = Require.text(command.reason(), "reason", 500);
        if (!grounded) {
            apply(new AircraftGroundedEvent(aircraftId, reason));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReturnAircraftToServiceCommand command) {
        requireInService();
        if (!maintenanceHolds.isEmpty()) {
            throw new RuleViolationException(ErrorCode.AIRCRAFT_GROUNDED, null, "Aircraft " + tailNumber
                    + " stays grounded while maintenance items " + maintenanceHolds + " hold it");
        }
        if (grounded) {
            apply(new AircraftReturnedToServiceEvent(aircraftId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PlaceMaintenanceHoldCommand command) {
        MaintenanceItemId item = Require.present(command.maintenanceItemId(), "maintenanceItemId");
        if (!retired && !maintenanceHolds.contains(item)) {
            apply(new MaintenanceHoldPlacedEvent(aircraftId, item, Require.text(command.reason(), "reason", 500)));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Lifting the last hold of an aircraft that is not AOG returns it to service. */
    @CommandHandler
    long handle(LiftMaintenanceHoldCommand command) {
        MaintenanceItemId item = Require.present(command.maintenanceItemId(), "maintenanceItemId");
        if (maintenanceHolds.contains(item)) {
            apply(new MaintenanceHoldLiftedEvent(aircraftId, item));
            if (maintenanceHolds.isEmpty() && !grounded && !retired) {
                apply(new AircraftReturnedToServiceEvent(aircraftId));
            }
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordFlightLegCommand command, Airports airports) {
        requireInService();
        knownAirport(airports, command.from(), "from");
        knownAirport(airports, command.to(), "to");
        FlightLegFigures figures = checkFigures(command.blockOff(), command.blockOn(), command.airborneMinutes(),
                command.cycles());
        FlightLegId legId = FlightLegId.ofLeg(aircraftId, figures.blockOff());
        recentLegs.sameLeg(legId, figures.blockOff()).ifPresent(recorded -> {
            throw new RuleViolationException(ErrorCode.FLIGHT_LEG_ALREADY_RECORDED, "blockOff",
                    "Aircraft " + tailNumber + " already has leg " + recorded + " blocking off at "
                            + figures.blockOff() + "; correct that leg instead");
        });
        apply(new FlightLegRecordedEvent(aircraftId, command.from(), command.to(), figures.blockOff(),
                figures.blockOn(), figures.airborneMinutes(), figures.cycles(), legId));
        return AggregateLifecycle.getVersion();
    }

    /** Only legs the aircraft still remembers ({@link RecentFlightLegs}) can be corrected; the route stays. */
    @CommandHandler
    long handle(CorrectFlightLegCommand command) {
        requireInService();
        FlightLegId legId = Require.present(command.flightLegId(), "flightLegId");
        FlightLegFigures previous = recentLegs.figures(legId).orElseThrow(() -> new RuleViolationException(
                ErrorCode.FLIGHT_LEG_NOT_FOUND, "flightLegId", "Aircraft " + tailNumber + " has no leg " + legId
                + " among its last " + RecentFlightLegs.LIMIT + " recorded legs"));
        FlightLegFigures corrected = checkFigures(command.blockOff(), command.blockOn(), command.airborneMinutes(),
                command.cycles());
        String reason = Require.text(command.reason(), "reason", 500);
        if (corrected.equals(previous)) {
            throw new RuleViolationException(ErrorCode.NOTHING_TO_CORRECT, null,
                    "Leg " + legId + " is already recorded with these figures");
        }
        recentLegs.passedBy(legId, corrected.blockOn()).ifPresent(other -> {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "blockOn", "The corrected blockOn would move "
                    + "this leg past leg " + other.getKey() + " (block-on " + other.getValue().blockOn()
                    + "); a correction may not reorder the flight log");
        });
        apply(new FlightLegCorrectedEvent(aircraftId, legId, previous, corrected,
                corrected.airborneMinutes() - previous.airborneMinutes(), corrected.cycles() - previous.cycles(),
                reason));
        return AggregateLifecycle.getVersion();
    }

    /** The rules for a leg's figures, recorded or corrected. */
    private static FlightLegFigures checkFigures(Instant blockOff, Instant blockOn, long airborneMinutes, int cycles) {
        Require.present(blockOff, "blockOff");
        Require.present(blockOn, "blockOn");
        Require.that(blockOn, on -> on.isAfter(blockOff), "blockOn", "blockOn must be after blockOff");
        Require.that(blockOn, on -> !on.isAfter(EventClock.now()), "blockOn", "blockOn must not be in the future");
        long blockMinutes = Duration.between(blockOff, blockOn).toMinutes();
        Require.that(airborneMinutes, minutes -> minutes >= 1 && minutes <= blockMinutes, "airborneMinutes",
                "airborneMinutes must be between 1 and the block time (" + blockMinutes + " min)");
        Require.that(cycles, c -> c >= 1 && c <= 20, "cycles", "cycles must be between 1 and 20");
        return new FlightLegFigures(blockOff, blockOn, airborneMinutes, cycles);
    }

    private AircraftCalendar.Reservation existingReservation(ReservationId reservationId) {
        return calendar.reservation(Require.present(reservationId, "reservationId"))
                .orElseThrow(() -> new RuleViolationException(ErrorCode.RESERVATION_NOT_FOUND, "reservationId",
                        "Aircraft " + tailNumber + " has no reservation " + reservationId));
    }

    private void requireInService() {
        if (retired) {
            throw new RuleViolationException(ErrorCode.AIRCRAFT_RETIRED, null,
                    "Aircraft " + tailNumber + " is retired");
        }
    }

    private static void knownAirport(Airports airports, IcaoCode icao, String field) {
        Require.present(icao, field);
        if (!airports.contains(icao)) {
            throw new RuleViolationException(ErrorCode.UNKNOWN_AIRPORT, field,
                    "No airport " + icao + " in the reference data");
        }
    }

    private static void checkInsurance(AircraftInsurance insurance) {
        if (insurance != null) {
            Require.text(insurance.insurer(), "insurance.insurer", 120);
            Require.text(insurance.policyNumber(), "insurance.policyNumber", 60);
            Require.date(insurance.expiresOn(), "insurance.expiresOn");
        }
    }

    private static void checkRegistration(AircraftRegistration registration) {
        if (registration != null) {
            Require.that(Require.present(registration.country(), "registration.country"),
                    country -> country.matches("[A-Z]{2}"), "registration.country",
                    "registration.country must be an ISO 3166 two-letter code");
            Require.text(registration.certificateNumber(), "registration.certificateNumber", 60);
            Require.date(registration.issuedOn(), "registration.issuedOn");
        }
    }

    /** The specification checked, with its names trimmed as they will be stored. */
    private static AircraftSpecification checkSpecification(AircraftSpecification spec) {
        String manufacturer = Require.text(spec.manufacturer(), "manufacturer", 80);
        String model = Require.text(spec.model(), "model", 80);
        Require.that(Require.present(spec.typeDesignator(), "typeDesignator"),
                designator -> TYPE_DESIGNATOR.matcher(designator).matches(), "typeDesignator",
                "typeDesignator must be an ICAO aircraft type designator (2-4 capitals/digits, e.g. GLF6)");
        Require.present(spec.category(), "category");
        int nextYear = EventClock.today().getYear() + 1;
        Require.that(spec.yearOfManufacture(), year -> year >= 1950 && year <= nextYear, "yearOfManufacture",
                "yearOfManufacture must be between 1950 and " + nextYear);
        Require.that(spec.seatingCapacity(), seats -> seats >= 1 && seats <= 200, "seatingCapacity",
                "seatingCapacity must be between 1 and 200 passenger seats");
        Require.that(spec.rangeNm(), range -> range >= 100 && range <= 10_000, "rangeNm",
                "rangeNm must be between 100 and 10000 nautical miles");
        Require.that(spec.cruiseSpeedKt(), speed -> speed >= 100 && speed <= 650, "cruiseSpeedKt",
                "cruiseSpeedKt must be between 100 and 650 knots");
        Require.that(Require.present(spec.hourlyRate(), "hourlyRate"), rate -> rate.isPositive(), "hourlyRate",
                "hourlyRate must be more than zero");
        return new AircraftSpecification(manufacturer, model, spec.typeDesignator(), spec.category(),
                spec.yearOfManufacture(), spec.seatingCapacity(), spec.rangeNm(), spec.cruiseSpeedKt(),
                spec.hourlyRate());
    }

    private static void checkAmenities(Set<String> amenities) {
        Require.that(amenities, a -> a.size() <= MAX_AMENITIES, "amenities",
                "at most " + MAX_AMENITIES + " amenities");
        for (String amenity : amenities) {
            Require.text(amenity, "amenities", 60);
        }
    }

    @EventSourcingHandler
    void on(AircraftRegisteredEvent event) {
        aircraftId = event.aircraftId();
        tailNumber = event.tailNumber();
        baseAirport = event.baseAirport();
        currentAirport = event.baseAirport();
        status = AircraftStatus.AVAILABLE;
    }

    @EventSourcingHandler
    void on(AircraftOwnerAssignedEvent event) {
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(AircraftRetiredEvent event) {
        retired = true;
        status = AircraftStatus.RETIRED;
    }

    @EventSourcingHandler
    void on(BlackoutAddedEvent event) {
        calendar.addBlackout(event.blackoutId(), event.window(), event.reason());
    }

    @EventSourcingHandler
    void on(BlackoutRemovedEvent event) {
        calendar.removeBlackout(event.blackoutId());
    }

    @EventSourcingHandler
    void on(AircraftReservationHeldEvent event) {
        calendar.hold(event.reservationId(), event.bookingId(), event.window());
    }

    @EventSourcingHandler
    void on(AircraftReservationConfirmedEvent event) {
        calendar.confirm(event.reservationId());
    }

    @EventSourcingHandler
    void on(AircraftReservationReleasedEvent event) {
        calendar.release(event.reservationId());
    }

    @EventSourcingHandler
    void on(MaintenanceBlockAddedEvent event) {
        calendar.addMaintenanceBlock(event.maintenanceBlockId(), event.window(), event.reason());
    }

    @EventSourcingHandler
    void on(MaintenanceBlockEndedEvent event) {
        calendar.endMaintenanceBlock(event.maintenanceBlockId());
    }

    @EventSourcingHandler
    void on(AircraftGroundedEvent event) {
        grounded = true;
        status = AircraftStatus.GROUNDED;
    }

    @EventSourcingHandler
    void on(AircraftReturnedToServiceEvent event) {
        grounded = false;
        status = AircraftStatus.AVAILABLE;
    }

    @EventSourcingHandler
    void on(MaintenanceHoldPlacedEvent event) {
        maintenanceHolds.add(event.maintenanceItemId());
        status = AircraftStatus.GROUNDED;
    }

    @EventSourcingHandler
    void on(MaintenanceHoldLiftedEvent event) {
        maintenanceHolds.remove(event.maintenanceItemId());
    }

    @EventSourcingHandler
    void on(FlightLegRecordedEvent event) {
        airborneMinutes += event.airborneMinutes();
        cycles += event.cycles();
        recentLegs.record(event.flightLegId(), new FlightLegFigures(event.blockOff(), event.blockOn(),
                event.airborneMinutes(), event.cycles()));
        if (lastBlockOn == null || event.blockOn().isAfter(lastBlockOn)) {
            lastBlockOn = event.blockOn();
            currentAirport = event.to();
        }
    }

    /** The route stays and legs keep their order, so the aircraft stays where it is. */
    @EventSourcingHandler
    void on(FlightLegCorrectedEvent event) {
        airborneMinutes += event.airborneMinutesDelta();
        cycles += event.cyclesDelta();
        recentLegs.correct(event.flightLegId(), event.corrected());
        if (event.previous().blockOn().equals(lastBlockOn)) {
            lastBlockOn = event.corrected().blockOn();
        }
    }
}
