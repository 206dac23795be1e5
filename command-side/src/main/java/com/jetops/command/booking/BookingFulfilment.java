package com.jetops.command.booking;

import com.jetops.api.aircraft.ConfirmAircraftReservationCommand;
import com.jetops.api.aircraft.HoldAircraftCommand;
import com.jetops.api.aircraft.RecordFlightLegCommand;
import com.jetops.api.aircraft.ReleaseAircraftReservationCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.billing.InvoicePaidEvent;
import com.jetops.api.billing.IssueInvoiceCommand;
import com.jetops.api.booking.ApplyBookingChangeCommand;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingExtraAddedEvent;
import com.jetops.api.booking.BookingChangeAcceptedEvent;
import com.jetops.api.booking.RejectBookingChangeCommand;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.CancelWithHostCommand;
import com.jetops.api.booking.EmptyLegRef;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.FlightStatus;
import com.jetops.api.booking.FollowHostLegCommand;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.LegDivertedEvent;
import com.jetops.api.booking.ReleaseEmptyLegCommand;
import com.jetops.api.booking.ReportFlightStatusCommand;
import com.jetops.api.booking.SellEmptyLegCommand;
import com.jetops.api.booking.ConfirmBookingCommand;
import com.jetops.api.booking.CrewAssignment;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDelayedEvent;
import com.jetops.api.booking.MarkBookingInvoicedCommand;
import com.jetops.api.booking.MarkBookingPaidCommand;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.booking.RejectBookingCommand;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.AssignCrewMemberCommand;
import com.jetops.api.crew.AssignmentId;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.CrewRole;
import com.jetops.api.crew.RecordActualDutyCommand;
import com.jetops.api.crew.UnassignCrewMemberCommand;
import com.jetops.api.reference.Airport;
import com.jetops.api.reference.Airports;
import com.jetops.command.infra.Reasons;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fulfils a booking: reserves the aircraft for every leg (positioning included), then a legal
 * crew — a captain, a first officer and, on larger cabins, a flight attendant, each the nearest
 * qualified one whose duty, rest and qualifications the CrewMember accepts — then confirms.
 * Any refusal gives back everything taken so far and rejects the booking with a reason a person
 * can act on. Afterwards it carries flown legs to the aircraft and the crew's actual duty, bills
 * the completed trip and marks the booking paid when its invoice is.
 *
 * <p>An empty-leg booking reserves nothing: it buys the host trip's positioning leg, is confirmed
 * with the host's aircraft and crew, follows the host's reports for that leg and is cancelled,
 * free, with the host. The host's fulfilment passes those reports and the cancellation on.
 *
 * <p>Every id it creates is derived from the booking, so a step redone after a crash (the
 * event is delivered again) finds its earlier result instead of taking a second reservation.
 * In the embedded mode the commands of one step commit with the saga in one transaction.
 */
@SnapshotByFields
@Saga
public class BookingFulfilment {
    private static final Logger log = LoggerFactory.getLogger(BookingFulfilment.class);

    private BookingId bookingId;
    private ClientId clientId;
    private String agentId;
    private QuoteOption option;
    private List<ReservationId> reservations = new ArrayList<>();
    private List<CrewAssignment> crew = new ArrayList<>();
    /** Each duty period of the trip: the indexes of its legs. */
    private List<List<Integer>> duties = new ArrayList<>();
    private Map<Integer, LegArrivedEvent> arrivals = new HashMap<>();
    private Set<Integer> delayedBeyondControl = new HashSet<>();
    private List<BookingExtraAddedEvent> extras = new ArrayList<>();
    /** The event ids of the extras above: a redelivered event must not charge twice. */
    private java.util.Set<String> extraEventIds = new java.util.HashSet<>();
    /** Empty for the booking as first confirmed, the change id after a change: the ids of its reservations and duties derive from it. */
    private String generation = "";
    /** This trip's positioning legs sold as empty legs: leg index → the buyer's booking. */
    private Map<Integer, BookingId> emptyLegBuyers = new HashMap<>();

    /** A crew slot to fill: the role, who may fill it, and how a refusal names it. */
    private record Slot(CrewRole role, List<CrewPosition> positions, String described) {
    }

    static ReservationId reservationId(BookingId bookingId, int leg) {
        return reservationId(bookingId, "", leg);
    }

    static ReservationId reservationId(BookingId bookingId, String generation, int leg) {
        return ReservationId.of(uuid(bookingId + generation + "/reservation/" + leg));
    }

    static AssignmentId assignmentId(BookingId bookingId, Object crewMemberId, int duty) {
        return assignmentId(bookingId, "", crewMemberId, duty);
    }

    static AssignmentId assignmentId(BookingId bookingId, String generation, Object crewMemberId, int duty) {
        return AssignmentId.of(uuid(bookingId + generation + "/crew/" + crewMemberId + "/duty/" + duty));
    }

    static InvoiceId invoiceId(BookingId bookingId, String purpose) {
        return InvoiceId.of(uuid(bookingId + "/invoice/" + purpose));
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingRequestedEvent event, CommandGateway commands, CrewCandidates candidates, Airports airports,
            BookingProperties properties) {
        if (bookingId != null) {
            // Delivered again after this saga handled it and was stored (at-least-once delivery): the
            // booking was fulfilled or refused already; doing it again would undo that work.
            log.info("Booking {} requested again: already handled, ignored", bookingId);
            return;
        }
        bookingId = event.bookingId();
        clientId = event.clientId();
        agentId = event.agentId();
        option = event.option();
        duties = dutyPeriods(option.legs(), properties);
        if (option.isEmptyLeg()) {
            buyEmptyLeg(commands, option.emptyLegOf());
            return;
        }

        Optional<String> refusal = reserveAircraft(commands, List.of());
        if (refusal.isEmpty()) {
            refusal = assignCrew(commands, candidates, airports, properties);
        }
        if (refusal.isPresent()) {
            giveBackEverything(commands, "Booking " + bookingId + " could not be fulfilled");
            // Refused only when the booking was cancelled meanwhile: its cancellation, next in
            // this saga, bills any fee and ends the saga.
            if (attempt(commands, new RejectBookingCommand(bookingId, Reasons.shortened(refusal.get(), 2000))).isEmpty()) {
                SagaLifecycle.end();
            }
            return;
        }
        reservations.forEach(r -> commands.sendAndWait(new ConfirmAircraftReservationCommand(option.aircraftId(), r)));
        Optional<Refusal> notConfirmed = attempt(commands, new ConfirmBookingCommand(bookingId, reservations, crew));
        if (notConfirmed.isPresent()) {
            // Cancelled while we were reserving: nothing may stay held for it; the cancellation follows.
            giveBackEverything(commands, notConfirmed.get().message());
        }
    }

    private void buyEmptyLeg(CommandGateway commands, EmptyLegRef host) {
        EmptyLegSoldEvent sold;
        try {
            sold = commands.sendAndWait(new SellEmptyLegCommand(host.hostBookingId(), host.legIndex(), bookingId,
                    option.legs().get(0).passengers()));
        } catch (CommandExecutionException e) {
            if (!(e.getDetails().orElse(null) instanceof Refusal refusal)) {
                throw e;
            }
            if (attempt(commands, new RejectBookingCommand(bookingId, Reasons.shortened(refusal.message(), 2000))).isEmpty()) {
                SagaLifecycle.end();
            }
            return;
        }
        if (attempt(commands, new ConfirmBookingCommand(bookingId, List.of(sold.reservationId()), sold.crew())).isPresent()) {
            // Cancelled meanwhile: the leg goes back on sale; the cancellation follows.
            commands.sendAndWait(new ReleaseEmptyLegCommand(host.hostBookingId(), host.legIndex(), bookingId,
                    "Booking " + bookingId + " was cancelled"));
        }
    }

    private Optional<String> reserveAircraft(CommandGateway commands, List<ReservationId> replacing) {
        List<TimeWindow> windows = option.reservationWindows();
        for (int leg = 0; leg < windows.size(); leg++) {
            ReservationId reservationId = reservationId(bookingId, generation, leg);
            Optional<Refusal> refused = attempt(commands,
                    new HoldAircraftCommand(option.aircraftId(), reservationId, bookingId, windows.get(leg), replacing));
            if (refused.isPresent()) {
                PlannedLeg planned = option.legs().get(leg);
                return Optional.of("Aircraft " + option.tailNumber() + " cannot be reserved for leg " + leg + " "
                        + planned.from() + "→" + planned.to() + " at " + planned.departure() + ": "
                        + refused.get().message());
            }
            reservations.add(reservationId);
        }
        return Optional.empty();
    }

    private Optional<String> assignCrew(CommandGateway commands, CrewCandidates candidates, Airports airports,
                                        BookingProperties properties) {
        List<Slot> slots = new ArrayList<>(List.of(
                new Slot(CrewRole.PILOT_IN_COMMAND, List.of(CrewPosition.CAPTAIN), "captain"),
                new Slot(CrewRole.SECOND_IN_COMMAND, List.of(CrewPosition.FIRST_OFFICER, CrewPosition.CAPTAIN),
                        "first officer")));
        if (option.seats() >= properties.cabinCrewFromSeats()) {
            slots.add(new Slot(CrewRole.CABIN, List.of(CrewPosition.FLIGHT_ATTENDANT), "flight attendant"));
        }
        List<TimeWindow> dutyWindows = duties.stream().map(d -> dutyWindow(option, d, properties)).toList();
        Airport firstDeparture = airports.find(option.legs().get(0).from()).orElseThrow();
        for (Slot slot : slots) {
            List<String> tried = new ArrayList<>();
            boolean filled = false;
            for (BookingCatalog.CatalogCrew candidate : nearestFirst(
                    candidates.crew(slot.positions(), option.typeDesignator()), firstDeparture, airports, slot)) {
                if (crew.stream().anyMatch(c -> c.crewMemberId().equals(candidate.crewMemberId()))) {
                    continue;
                }
                Optional<String> refusal = assignForEveryDuty(commands, candidate, slot.role(), dutyWindows);
                if (refusal.isEmpty()) {
                    crew.add(new CrewAssignment(candidate.crewMemberId(), candidate.name(), slot.role(),
                            assignmentIds(candidate)));
                    filled = true;
                    break;
                }
                tried.add(candidate.name() + ": " + refusal.get());
            }
            if (!filled) {
                String rated = slot.role() == CrewRole.CABIN ? "" : option.typeDesignator() + "-rated ";
                return Optional.of("No " + rated + slot.described() + " legal for " + option.legs().get(0).departure()
                        + (tried.isEmpty() ? " (none on the roster)" : " — tried " + tried.size() + ": "
                        + String.join("; ", tried)));
            }
        }
        return Optional.empty();
    }

    /** All of the trip's duties or none: a refusal of a later duty takes back the earlier ones. */
    private Optional<String> assignForEveryDuty(CommandGateway commands, BookingCatalog.CatalogCrew candidate,
                                                CrewRole role, List<TimeWindow> dutyWindows) {
        for (int duty = 0; duty < duties.size(); duty++) {
            List<TimeWindow> flights = flights(duties.get(duty));
            Optional<Refusal> refused = attempt(commands, new AssignCrewMemberCommand(candidate.crewMemberId(),
                    assignmentId(bookingId, generation, candidate.crewMemberId(), duty), bookingId, role,
                    CrewComplement.TWO_PILOT,
                    option.typeDesignator(), dutyWindows.get(duty), flights));
            if (refused.isPresent()) {
                for (int earlier = 0; earlier < duty; earlier++) {
                    commands.sendAndWait(new UnassignCrewMemberCommand(candidate.crewMemberId(),
                            assignmentId(bookingId, generation, candidate.crewMemberId(), earlier),
                            "Not legal for the whole trip"));
                }
                return Optional.of(refused.get().message());
            }
        }
        return Optional.empty();
    }

    private List<TimeWindow> flights(List<Integer> legs) {
        return legs.stream().map(i -> new TimeWindow(option.legs().get(i).departure(), option.legs().get(i).arrival()))
                .toList();
    }

    private List<AssignmentId> assignmentIds(BookingCatalog.CatalogCrew candidate) {
        List<AssignmentId> ids = new ArrayList<>();
        for (int duty = 0; duty < duties.size(); duty++) {
            ids.add(assignmentId(bookingId, generation, candidate.crewMemberId(), duty));
        }
        return ids;
    }

    private static List<BookingCatalog.CatalogCrew> nearestFirst(List<BookingCatalog.CatalogCrew> crew, Airport to,
                                                                 Airports airports, Slot slot) {
        return crew.stream().sorted(Comparator
                        .comparingInt((BookingCatalog.CatalogCrew c) -> slot.positions().indexOf(c.position()))
                        .thenComparingDouble(c -> airports.find(c.baseAirport()).map(a -> a.distanceNmTo(to))
                                .orElse(Double.MAX_VALUE))
                        .thenComparing(c -> c.crewMemberId().value()))
                .toList();
    }

    private void giveBackEverything(CommandGateway commands, String reason) {
        for (CrewAssignment member : crew) {
            member.assignments().forEach(id -> attempt(commands,
                    new UnassignCrewMemberCommand(member.crewMemberId(), id, Reasons.shortened(reason, 500))));
        }
        reservations.forEach(r -> attempt(commands, new ReleaseAircraftReservationCommand(option.aircraftId(), r,
                Reasons.shortened(reason, 500))));
        crew.clear();
        reservations.clear();
    }

    /**
     * Carries out an accepted change on the same aircraft: the new legs are held beside the old
     * reservations they replace, then the old crew comes off (their old duties would otherwise
     * count against the new ones) and a legal crew is assigned for the new duties; then the old
     * reservations go. Any refusal restores the trip as it was and rejects the change with the reason.
     */
    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingChangeAcceptedEvent event, CommandGateway commands, CrewCandidates candidates, Airports airports,
            BookingProperties properties) {
        QuoteOption previousOption = option;
        List<ReservationId> previousReservations = List.copyOf(reservations);
        List<CrewAssignment> previousCrew = List.copyOf(crew);
        List<List<Integer>> previousDuties = duties;
        String previousGeneration = generation;
        option = event.option();
        generation = "/" + event.changeId();
        reservations = new ArrayList<>();
        crew = new ArrayList<>();
        duties = dutyPeriods(option.legs(), properties);

        Optional<String> refusal = reserveAircraft(commands, previousReservations);
        List<CrewAssignment> offDuty = List.of();
        if (refusal.isEmpty()) {
            offDuty = takeOffDuty(commands, previousCrew);
            refusal = assignCrew(commands, candidates, airports, properties);
        }
        if (refusal.isPresent()) {
            giveBackEverything(commands, "Change " + event.changeId() + " could not be made");
            option = previousOption;
            generation = previousGeneration;
            reservations = new ArrayList<>(previousReservations);
            duties = previousDuties;
            crew = new ArrayList<>(previousCrew);
            reassign(commands, offDuty, properties);
            commands.sendAndWait(new RejectBookingChangeCommand(bookingId, event.changeId(),
                    Reasons.shortened(refusal.get(), 2000)));
            return;
        }
        previousReservations.forEach(r -> attempt(commands,
                new ReleaseAircraftReservationCommand(option.aircraftId(), r, "Trip changed")));
        reservations.forEach(r -> commands.sendAndWait(new ConfirmAircraftReservationCommand(option.aircraftId(), r)));
        // Delays and arrivals reported against the old plan do not belong to the new legs.
        arrivals.clear();
        delayedBeyondControl.clear();
        commands.sendAndWait(new ApplyBookingChangeCommand(bookingId, event.changeId(), reservations, crew));
    }

    /** Unassigns each crew member's duties; answers those whose duties were actually taken off. */
    private List<CrewAssignment> takeOffDuty(CommandGateway commands, List<CrewAssignment> members) {
        List<CrewAssignment> taken = new ArrayList<>();
        for (CrewAssignment member : members) {
            List<AssignmentId> off = member.assignments().stream().filter(id -> attempt(commands,
                    new UnassignCrewMemberCommand(member.crewMemberId(), id, "Trip changed")).isEmpty()).toList();
            if (!off.isEmpty()) {
                taken.add(new CrewAssignment(member.crewMemberId(), member.name(), member.role(), off));
            }
        }
        return taken;
    }

    /** Puts crew taken off for a change that could not be made back on the duties they had. */
    private void reassign(CommandGateway commands, List<CrewAssignment> offDuty, BookingProperties properties) {
        for (CrewAssignment member : offDuty) {
            for (AssignmentId id : member.assignments()) {
                int duty = crew.stream().filter(c -> c.crewMemberId().equals(member.crewMemberId())).findFirst()
                        .map(c -> c.assignments().indexOf(id)).orElseThrow();
                List<Integer> legs = duties.get(duty);
                attempt(commands, new AssignCrewMemberCommand(member.crewMemberId(), id, bookingId, member.role(),
                        CrewComplement.TWO_PILOT, option.typeDesignator(), dutyWindow(option, legs, properties),
                        flights(legs)))
                        .ifPresent(refused -> log.error("Booking {}: {} could not be put back on duty {}: {}",
                                bookingId, member.name(), legs, refused.message()));
            }
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingRejectedEvent event) {
        // Everything was given back before the rejection was sent.
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(EmptyLegSoldEvent event) {
        emptyLegBuyers.put(event.legIndex(), event.buyerBookingId());
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(EmptyLegReleasedEvent event) {
        emptyLegBuyers.remove(event.legIndex());
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingCancelledEvent event, CommandGateway commands) {
        giveBackEverything(commands, "Booking cancelled: " + event.reason());
        if (option.isEmptyLeg()) {
            commands.sendAndWait(new ReleaseEmptyLegCommand(option.emptyLegOf().hostBookingId(),
                    option.emptyLegOf().legIndex(), bookingId, Reasons.shortened("Booking " + bookingId
                    + " cancelled: " + event.reason(), 500)));
        }
        // Refused only when the empty-leg booking is already cancelled or flown.
        emptyLegBuyers.values().forEach(buyer -> attempt(commands, new CancelWithHostCommand(buyer, bookingId,
                Reasons.shortened("The trip carrying this empty leg (booking " + bookingId + ") was cancelled", 1000))));
        if (event.fee().isPositive()) {
            InvoiceId invoiceId = invoiceId(bookingId, "cancellation");
            commands.sendAndWait(new IssueInvoiceCommand(invoiceId, bookingId, clientId, agentId, option.aircraftId(),
                    option.ownerId(), CancellationFee.priced(option.price(), event.fee(), event.feePercent())));
            commands.sendAndWait(new MarkBookingInvoicedCommand(bookingId, invoiceId));
        }
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(LegDelayedEvent event, CommandGateway commands) {
        if (event.beyondControl()) {
            delayedBeyondControl.add(event.legIndex());
        }
        passOn(commands, event.legIndex(), FlightStatus.DELAYED, event.estimatedDeparture(), null, null,
                event.beyondControl(), event.reason());
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(LegDepartedEvent event, CommandGateway commands) {
        passOn(commands, event.legIndex(), FlightStatus.DEPARTED, event.blockOff(), null, null, null, null);
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(LegDivertedEvent event, CommandGateway commands, @Timestamp Instant reportedAt) {
        passOn(commands, event.legIndex(), FlightStatus.DIVERTED, reportedAt, event.divertedTo(), null, null,
                event.reason());
    }

    /** A report on a leg sold as an empty leg is the buyer's leg's report too. */
    private void passOn(CommandGateway commands, int legIndex, FlightStatus status, Instant at,
                        IcaoCode divertedTo, Long airborneMinutes, Boolean beyondControl,
                        String reason) {
        BookingId buyer = emptyLegBuyers.get(legIndex);
        if (buyer != null) {
            afterTheFact(commands, new FollowHostLegCommand(buyer, bookingId, new ReportFlightStatusCommand(buyer, 0,
                    status, at, divertedTo, airborneMinutes, beyondControl, reason)));
        }
    }

    /** The aircraft logs the flown leg; when a duty's last leg is in, the crew's actual duty is recorded. */
    @SagaEventHandler(associationProperty = "bookingId")
    void on(LegArrivedEvent event, CommandGateway commands, BookingProperties properties) {
        arrivals.put(event.legIndex(), event);
        passOn(commands, event.legIndex(), FlightStatus.ARRIVED, event.blockOn(), null, event.airborneMinutes(), null,
                null);
        if (option.isEmptyLeg()) {
            return;  // the host trip logs the flight and its crew's duty
        }
        afterTheFact(commands, new RecordFlightLegCommand(option.aircraftId(), event.from(), event.to(),
                event.blockOff(), event.blockOn(), event.airborneMinutes(), 1));
        for (int duty = 0; duty < duties.size(); duty++) {
            List<Integer> legs = duties.get(duty);
            if (legs.get(legs.size() - 1) == event.legIndex()) {
                recordActualDuty(commands, properties, duty, legs);
            }
        }
    }

    private void recordActualDuty(CommandGateway commands, BookingProperties properties, int duty, List<Integer> legs) {
        List<TimeWindow> flown = legs.stream().map(arrivals::get)
                .map(a -> new TimeWindow(a.blockOff(), a.blockOn())).toList();
        TimeWindow actual = new TimeWindow(flown.get(0).start().minus(properties.crewReport()),
                flown.get(flown.size() - 1).end().plus(properties.crewRelease()));
        boolean beyondControl = legs.stream().anyMatch(delayedBeyondControl::contains);
        for (CrewAssignment member : crew) {
            afterTheFact(commands, new RecordActualDutyCommand(member.crewMemberId(), member.assignments().get(duty),
                    actual, flown, beyondControl));
        }
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingExtraAddedEvent event, @MessageIdentifier String eventId) {
        if (extraEventIds.add(eventId)) {
            extras.add(event);
        }
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingCompletedEvent event, CommandGateway commands) {
        InvoiceId invoiceId = invoiceId(bookingId, "trip");
        commands.sendAndWait(new IssueInvoiceCommand(invoiceId, bookingId, clientId, agentId, option.aircraftId(),
                option.ownerId(), Extras.added(option.price(), extras)));
        commands.sendAndWait(new MarkBookingInvoicedCommand(bookingId, invoiceId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "bookingId")
    void on(InvoicePaidEvent event, CommandGateway commands) {
        commands.sendAndWait(new MarkBookingPaidCommand(bookingId, event.invoiceId()));
    }

    /**
     * Legs fly in one duty period unless the crew would rest at least {@code restBetweenDuties}
     * between them: from release (a landing plus {@code crewRelease}) to the next report (a
     * departure less {@code crewReport}).
     */
    static List<List<Integer>> dutyPeriods(List<PlannedLeg> legs, BookingProperties properties) {
        List<List<Integer>> duties = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            if (!current.isEmpty()) {
                Instant release = legs.get(i - 1).arrival().plus(properties.crewRelease());
                Instant report = legs.get(i).departure().minus(properties.crewReport());
                if (!Duration.between(release, report).minus(properties.restBetweenDuties()).isNegative()) {
                    duties.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(i);
        }
        duties.add(current);
        return duties;
    }

    static TimeWindow dutyWindow(List<PlannedLeg> planned, List<Integer> legs, BookingProperties properties) {
        Instant report = planned.get(legs.get(0)).departure().minus(properties.crewReport());
        Instant release = planned.get(legs.get(legs.size() - 1)).arrival().plus(properties.crewRelease());
        return new TimeWindow(report, release);
    }

    private static TimeWindow dutyWindow(QuoteOption option, List<Integer> legs, BookingProperties properties) {
        return dutyWindow(option.legs(), legs, properties);
    }

    /**
     * Records what already happened (a flown leg, a worked duty). A refusal cannot undo the
     * flight, so it is logged for operations to correct instead of blocking the booking's saga.
     */
    private void afterTheFact(CommandGateway commands, Object command) {
        attempt(commands, command).ifPresent(refusal -> log.warn("Booking {}: {} was refused: {}", bookingId,
                command.getClass().getSimpleName(), refusal.message()));
    }

    /** Sends and waits; a business refusal comes back as a value, anything else (an outage) is thrown and retried. */
    private static Optional<Refusal> attempt(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(command);
            return Optional.empty();
        } catch (CommandExecutionException e) {
            if (e.getDetails().orElse(null) instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            throw e;
        }
    }

}
