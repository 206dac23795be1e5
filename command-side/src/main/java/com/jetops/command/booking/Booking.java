package com.jetops.command.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.billing.InvoiceId;
import com.jetops.api.booking.AcceptBookingChangeCommand;
import com.jetops.api.booking.AddBookingExtraCommand;
import com.jetops.api.booking.BookingExtraAddedEvent;
import com.jetops.api.booking.ApplyBookingChangeCommand;
import com.jetops.api.booking.BookingChangeAcceptedEvent;
import com.jetops.api.booking.BookingChangeProposedEvent;
import com.jetops.api.booking.BookingChangeRejectedEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.CancelWithHostCommand;
import com.jetops.api.booking.ChangeId;
import com.jetops.api.booking.CrewAssignment;
import com.jetops.api.booking.EmptyLegRef;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.FollowHostLegCommand;
import com.jetops.api.booking.ReleaseEmptyLegCommand;
import com.jetops.api.booking.SellEmptyLegCommand;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.ProposeBookingChangeCommand;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.booking.RejectBookingChangeCommand;
import com.jetops.api.pricing.SpecialService;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingCompletedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.client.ClientId;
import com.jetops.api.booking.BookingInvoicedEvent;
import com.jetops.api.booking.BookingPaidEvent;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.BookingStatus;
import com.jetops.api.booking.CancelBookingCommand;
import com.jetops.api.booking.ConfirmBookingCommand;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDelayedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.LegDivertedEvent;
import com.jetops.api.booking.MarkBookingInvoicedCommand;
import com.jetops.api.booking.MarkBookingPaidCommand;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.RejectBookingCommand;
import com.jetops.api.booking.ReportFlightStatusCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.reference.Airports;
import com.jetops.command.infra.EventClock;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import com.jetops.command.infra.ActingFor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client's trip from request to payment. It is created by accepting a quote; the fulfilment
 * saga confirms or rejects it; operations report each leg's status; completion leads to the
 * invoice and payment. States: REQUESTED → CONFIRMED → IN_PROGRESS → COMPLETED → INVOICED →
 * PAID, with REJECTED and CANCELLED at the sides.
 */
@SnapshotByFields
@Aggregate(snapshotTriggerDefinition = "eventCountSnapshotTrigger", cache = "aggregateCache")
public class Booking {
    @AggregateIdentifier
    private BookingId bookingId;
    private BookingStatus status;
    private AircraftId aircraftId;
    private List<PlannedLeg> legs;
    private PriceBreakdown price;
    private List<LegProgress> progress;
    private ClientId clientId;
    private String agentId;
    private Set<SpecialService> services;
    /** A proposed change waiting for the client's acceptance, and one accepted that the saga is carrying out. */
    private BookingChangeProposedEvent proposedChange;
    /** A change accepted and being carried out by the saga; null otherwise. */
    private BookingChangeAcceptedEvent changeInProgress;
    private InvoiceId invoiceId;
    private int seats;
    /** The aircraft's reservations and crew for the legs, as confirmed or changed. */
    private List<ReservationId> reservations = List.of();
    private List<CrewAssignment> crew = List.of();
    /** Set when this booking is an empty leg riding on another trip's positioning leg. */
    private EmptyLegRef emptyLegOf;
    /** This trip's positioning legs sold as empty legs: leg index → the buyer's booking. */
    private Map<Integer, BookingId> soldLegs = new HashMap<>();

    /** What operations reported about one leg so far. */
    record LegProgress(Instant blockOff, IcaoCode divertedTo, Instant blockOn) {
        static final LegProgress NONE = new LegProgress(null, null, null);
    }

    protected Booking() {
        // for Axon
    }

    /** Created by {@link Quote} when its quote is accepted. */
    Booking(BookingRequestedEvent requested) {
        apply(requested);
    }

    /** A client or agent acts only on their own bookings (see ActingFor). */
    @CommandHandlerInterceptor
    Object onlyItsParties(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ActingFor.requireParty(command, clientId == null ? null : clientId.value(), agentId, "booking " + bookingId);
        return chain.proceed();
    }

    @CommandHandler
    long handle(ConfirmBookingCommand command) {
        if (status == BookingStatus.CONFIRMED) {
            return AggregateLifecycle.getVersion();
        }
        requireStatus("confirm", BookingStatus.REQUESTED);
        apply(new BookingConfirmedEvent(bookingId, aircraftId, List.copyOf(command.reservations()),
                List.copyOf(command.crew())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RejectBookingCommand command) {
        if (status == BookingStatus.REJECTED) {
            return AggregateLifecycle.getVersion();
        }
        requireStatus("reject", BookingStatus.REQUESTED);
        apply(new BookingRejectedEvent(bookingId, Require.text(command.reason(), "reason", 2000)));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Cancelled before the first leg departs; the fee is a share of the subtotal by the notice
     * given before the first revenue departure.
     */
    @CommandHandler
    long handle(CancelBookingCommand command, BookingProperties properties) {
        String reason = Require.text(command.reason(), "reason", 1000);
        requireStatus("cancel", BookingStatus.REQUESTED, BookingStatus.CONFIRMED);
        if (changeInProgress != null) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, null, "Change " + changeInProgress.changeId()
                    + " of booking " + bookingId + " is being carried out; cancel when it is done");
        }
        Instant firstDeparture = legs.stream().filter(l -> !l.positioning()).findFirst().orElseThrow().departure();
        Duration notice = Duration.between(EventClock.now(), firstDeparture);
        BigDecimal percent = properties.cancellationTier(notice).percent();
        Money fee = price.subtotal().percent(percent);
        apply(new BookingCancelledEvent(bookingId, reason, Math.max(0, notice.toHours()), percent, fee));
        return AggregateLifecycle.getVersion();
    }

    /** The host trip was cancelled: an empty leg cannot fly without it, and the client owes nothing. */
    @CommandHandler
    long handle(CancelWithHostCommand command) {
        if (emptyLegOf != null && emptyLegOf.hostBookingId().equals(command.hostBookingId())
                && (status == BookingStatus.REQUESTED || status == BookingStatus.CONFIRMED)) {
            Money nothing = price.subtotal().percent(BigDecimal.ZERO);
            long notice = Math.max(0, Duration.between(EventClock.now(), legs.get(0).departure()).toHours());
            apply(new BookingCancelledEvent(bookingId, Require.text(command.reason(), "reason", 1000), notice,
                    BigDecimal.ZERO, nothing));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Sells a positioning leg that has not departed to an empty-leg booking; the answer names the
     * aircraft, reservation and crew that will fly its passengers.
     */
    @CommandHandler
    EmptyLegSoldEvent handle(SellEmptyLegCommand command) {
        int index = command.legIndex();
        BookingId buyer = Require.present(command.buyerBookingId(), "buyerBookingId");
        BookingId soldTo = soldLegs.get(index);
        if (buyer.equals(soldTo)) {
            return sold(index, buyer, command.passengers());
        }
        String leg = index >= 0 && index < legs.size() ? " " + legs.get(index).from() + "→" + legs.get(index).to() : "";
        String unavailable = status != BookingStatus.CONFIRMED && status != BookingStatus.IN_PROGRESS
                ? "booking " + bookingId + " is " + status
                : changeInProgress != null ? "booking " + bookingId + " is being changed"
                : leg.isEmpty() || !legs.get(index).positioning() ? "booking " + bookingId + " has no positioning leg " + index
                : soldTo != null ? "it was sold to booking " + soldTo
                : progress.get(index).blockOff() != null ? "it has departed"
                : !legs.get(index).departure().isAfter(EventClock.now()) ? "its departure has passed"
                : null;
        if (unavailable != null) {
            throw new RuleViolationException(ErrorCode.EMPTY_LEG_NOT_AVAILABLE, null,
                    "The empty leg" + leg + " is no longer available: " + unavailable);
        }
        Require.that(command.passengers(), p -> p >= 1 && p <= seats, "passengers",
                "the aircraft has " + seats + " seats");
        EmptyLegSoldEvent sold = sold(index, buyer, command.passengers());
        apply(sold);
        return sold;
    }

    private EmptyLegSoldEvent sold(int index, BookingId buyer, int passengers) {
        return new EmptyLegSoldEvent(bookingId, index, buyer, passengers, aircraftId, reservations.get(index), crew);
    }

    @CommandHandler
    long handle(ReleaseEmptyLegCommand command) {
        if (command.buyerBookingId() != null && command.buyerBookingId().equals(soldLegs.get(command.legIndex()))) {
            apply(new EmptyLegReleasedEvent(bookingId, command.legIndex(), command.buyerBookingId(),
                    Require.text(command.reason(), "reason", 500)));
        }
        return AggregateLifecycle.getVersion();
    }

    /** What operations reported on the host's leg, passed on by the host's fulfilment. */
    @CommandHandler
    long handle(FollowHostLegCommand command, Airports airports) {
        if (emptyLegOf == null || !emptyLegOf.hostBookingId().equals(command.hostBookingId())) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, "hostBookingId",
                    "Booking " + bookingId + " does not fly on a leg of " + command.hostBookingId());
        }
        return report(command.report(), airports);
    }

    @CommandHandler
    long handle(ReportFlightStatusCommand command, Airports airports) {
        if (emptyLegOf != null) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, null, "Booking " + bookingId
                    + " flies on leg " + emptyLegOf.legIndex() + " of booking " + emptyLegOf.hostBookingId()
                    + ": report the flight's status there");
        }
        return report(command, airports);
    }

    private long report(ReportFlightStatusCommand command, Airports airports) {
        requireStatus("report flight status for", BookingStatus.CONFIRMED, BookingStatus.IN_PROGRESS);
        if (changeInProgress != null) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, null, "Change " + changeInProgress.changeId()
                    + " of booking " + bookingId + " is being carried out; report when it is done");
        }
        int index = command.legIndex();
        if (index < 0 || index >= legs.size()) {
            throw new RuleViolationException(ErrorCode.LEG_NOT_FOUND, "legIndex",
                    "Booking " + bookingId + " has legs 0 to " + (legs.size() - 1));
        }
        LegProgress leg = progress.get(index);
        Instant at = Require.present(command.at(), "at");
        PlannedLeg planned = legs.get(index);
        switch (Require.present(command.status(), "status")) {
            case DELAYED -> {
                outOfOrderUnless(leg.blockOff() == null, "leg " + index + " has already departed");
                apply(new LegDelayedEvent(bookingId, index, at, Require.text(command.reason(), "reason", 500),
                        Boolean.TRUE.equals(command.beyondControl())));
            }
            case DEPARTED -> {
                outOfOrderUnless(leg.blockOff() == null, "leg " + index + " has already departed");
                outOfOrderUnless(index == 0 || progress.get(index - 1).blockOn() != null,
                        "leg " + (index - 1) + " has not arrived yet");
                notAhead(at);
                Require.that(at, off -> index == 0 || !off.isBefore(progress.get(index - 1).blockOn()), "at",
                        "block-off must not be before leg " + (index - 1) + " arrived");
                apply(new LegDepartedEvent(bookingId, index, at));
            }
            case DIVERTED -> {
                outOfOrderUnless(leg.blockOff() != null && leg.blockOn() == null, "leg " + index + " is not in the air");
                IcaoCode to = Require.present(command.divertedTo(), "divertedTo");
                if (!airports.contains(to)) {
                    throw new RuleViolationException(ErrorCode.UNKNOWN_AIRPORT, "divertedTo", "No airport " + to);
                }
                apply(new LegDivertedEvent(bookingId, index, to, Require.text(command.reason(), "reason", 500)));
            }
            case ARRIVED -> {
                outOfOrderUnless(leg.blockOff() != null && leg.blockOn() == null, "leg " + index + " is not in the air");
                Require.that(at, on -> on.isAfter(leg.blockOff()), "at", "block-on must be after block-off ("
                        + leg.blockOff() + ")");
                notAhead(at);
                long blockMinutes = Duration.between(leg.blockOff(), at).toMinutes();
                Long airborne = Require.present(command.airborneMinutes(), "airborneMinutes");
                Require.that(airborne, m -> m >= 1 && m <= blockMinutes, "airborneMinutes",
                        "airborneMinutes must be between 1 and the block time (" + blockMinutes + " min)");
                IcaoCode to = leg.divertedTo() != null ? leg.divertedTo() : planned.to();
                apply(new LegArrivedEvent(bookingId, index, aircraftId, planned.from(), to, leg.blockOff(), at, airborne));
                if (index == legs.size() - 1) {
                    apply(new BookingCompletedEvent(bookingId, at));
                }
            }
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Plans and prices another itinerary or manifest on the same aircraft, its own reservations
     * not counted as taken. Nothing changes until the client accepts the difference.
     */
    @CommandHandler
    BookingChangeProposedEvent handle(ProposeBookingChangeCommand command, QuotePlanner planner) {
        ChangeId changeId = Require.present(command.changeId(), "changeId");
        requireStatus("change", BookingStatus.CONFIRMED);
        if (emptyLegOf != null) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, null, "Booking " + bookingId
                    + " is an empty leg: it flies when booking " + emptyLegOf.hostBookingId() + " positions the "
                    + "aircraft; cancel it and book another trip instead");
        }
        if (!soldLegs.isEmpty()) {
            Map.Entry<Integer, BookingId> sold = soldLegs.entrySet().iterator().next();
            PlannedLeg leg = legs.get(sold.getKey());
            throw new RuleViolationException(ErrorCode.EMPTY_LEG_SOLD, null, "Positioning leg " + sold.getKey() + " "
                    + leg.from() + "→" + leg.to() + " carries the passengers of booking " + sold.getValue()
                    + " (sold as an empty leg); that booking must be cancelled before this trip can change");
        }
        if (changeInProgress != null) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, null,
                    "Change " + changeInProgress.changeId() + " of booking " + bookingId + " is still being carried out");
        }
        Instant now = EventClock.now();
        QuoteOption option = planner.replan(bookingId, aircraftId, command.legs(), services, price.currency(), agentId, now);
        List<Passenger> passengers = Manifest.check(command.passengers(), command.legs(), option.seats());
        Money difference = new Money(option.price().total().amount().subtract(price.total().amount()),
                price.currency());
        BookingChangeProposedEvent proposed = new BookingChangeProposedEvent(bookingId, changeId,
                List.copyOf(command.legs()), option, passengers, difference, planner.validUntil(option, now));
        apply(proposed);
        return proposed;
    }

    @CommandHandler
    long handle(AcceptBookingChangeCommand command) {
        ChangeId changeId = Require.present(command.changeId(), "changeId");
        requireStatus("change", BookingStatus.CONFIRMED);
        if (proposedChange == null || !proposedChange.changeId().equals(changeId)) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, "changeId",
                    "Booking " + bookingId + " has no open change " + changeId + "; propose the change again");
        }
        if (!EventClock.now().isBefore(proposedChange.validUntil())) {
            throw new RuleViolationException(ErrorCode.QUOTE_EXPIRED, "changeId",
                    "The change's price expired at " + proposedChange.validUntil() + "; propose the change again");
        }
        apply(new BookingChangeAcceptedEvent(bookingId, changeId, proposedChange.option(), proposedChange.passengers()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ApplyBookingChangeCommand command) {
        if (changeInProgress != null && changeInProgress.changeId().equals(command.changeId())) {
            apply(new BookingChangedEvent(bookingId, command.changeId(), changeInProgress.option(),
                    changeInProgress.passengers(),
                    List.copyOf(command.reservations()), List.copyOf(command.crew())));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RejectBookingChangeCommand command) {
        if (changeInProgress != null && changeInProgress.changeId().equals(command.changeId())) {
            apply(new BookingChangeRejectedEvent(bookingId, command.changeId(), Require.text(command.reason(), "reason", 2000)));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Extras are reported before the trip completes: completion issues the invoice with them. */
    @CommandHandler
    long handle(AddBookingExtraCommand command) {
        requireStatus("add an extra to", BookingStatus.CONFIRMED, BookingStatus.IN_PROGRESS);
        String description = Require.text(command.description(), "description", 200);
        Money amount = Require.present(command.amount(), "amount");
        Require.that(amount, Money::isPositive, "amount", "an extra is a positive amount");
        Require.that(amount, a -> a.currency().equals(price.currency()), "amount.currency",
                "the booking is priced in " + price.currency().getCurrencyCode());
        apply(new BookingExtraAddedEvent(bookingId, description.strip(), amount));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkBookingInvoicedCommand command) {
        if ((status == BookingStatus.COMPLETED || status == BookingStatus.CANCELLED) && invoiceId == null) {
            apply(new BookingInvoicedEvent(bookingId, Require.present(command.invoiceId(), "invoiceId")));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkBookingPaidCommand command) {
        if (status == BookingStatus.INVOICED) {
            apply(new BookingPaidEvent(bookingId, Require.present(command.invoiceId(), "invoiceId")));
        }
        return AggregateLifecycle.getVersion();
    }

    private void notAhead(Instant at) {
        // The aircraft's log and the crew's duty take these times as facts: never ahead of the clock.
        Require.that(at, t -> !t.isAfter(EventClock.now()), "at", "actual times cannot be in the future");
    }

    private static void outOfOrderUnless(boolean condition, String why) {
        if (!condition) {
            throw new RuleViolationException(ErrorCode.FLIGHT_STATUS_OUT_OF_ORDER, "status", why);
        }
    }

    private void requireStatus(String action, BookingStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new RuleViolationException(ErrorCode.BOOKING_STATE, null,
                    "Cannot " + action + " booking " + bookingId + " while it is " + status);
        }
    }

    @EventSourcingHandler
    void on(BookingRequestedEvent event) {
        bookingId = event.bookingId();
        status = BookingStatus.REQUESTED;
        aircraftId = event.option().aircraftId();
        legs = event.option().legs();
        price = event.option().price();
        progress = new ArrayList<>(legs.stream().map(l -> LegProgress.NONE).toList());
        clientId = event.clientId();
        agentId = event.agentId();
        services = event.services();
        seats = event.option().seats();
        emptyLegOf = event.option().emptyLegOf();
    }

    @EventSourcingHandler
    void on(BookingChangeProposedEvent event) {
        proposedChange = event;
    }

    @EventSourcingHandler
    void on(BookingChangeAcceptedEvent event) {
        proposedChange = null;
        changeInProgress = event;
    }

    @EventSourcingHandler
    void on(BookingChangedEvent event) {
        changeInProgress = null;
        legs = event.option().legs();
        price = event.option().price();
        progress = new ArrayList<>(legs.stream().map(l -> LegProgress.NONE).toList());
        reservations = event.reservations();
        crew = event.crew();
    }

    @EventSourcingHandler
    void on(EmptyLegSoldEvent event) {
        soldLegs.put(event.legIndex(), event.buyerBookingId());
    }

    @EventSourcingHandler
    void on(EmptyLegReleasedEvent event) {
        soldLegs.remove(event.legIndex());
    }

    @EventSourcingHandler
    void on(BookingChangeRejectedEvent event) {
        changeInProgress = null;
    }

    @EventSourcingHandler
    void on(BookingConfirmedEvent event) {
        status = BookingStatus.CONFIRMED;
        reservations = event.reservations();
        crew = event.crew();
    }

    @EventSourcingHandler
    void on(BookingRejectedEvent event) {
        status = BookingStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        status = BookingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(LegDepartedEvent event) {
        status = BookingStatus.IN_PROGRESS;
        progress.set(event.legIndex(), new LegProgress(event.blockOff(), null, null));
    }

    @EventSourcingHandler
    void on(LegDivertedEvent event) {
        LegProgress leg = progress.get(event.legIndex());
        progress.set(event.legIndex(), new LegProgress(leg.blockOff(), event.divertedTo(), null));
    }

    @EventSourcingHandler
    void on(LegArrivedEvent event) {
        LegProgress leg = progress.get(event.legIndex());
        progress.set(event.legIndex(), new LegProgress(leg.blockOff(), leg.divertedTo(), event.blockOn()));
    }

    @EventSourcingHandler
    void on(BookingCompletedEvent event) {
        status = BookingStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(BookingInvoicedEvent event) {
        invoiceId = event.invoiceId();
        if (status == BookingStatus.COMPLETED) {
            status = BookingStatus.INVOICED;
        }
    }

    @EventSourcingHandler
    void on(BookingPaidEvent event) {
        status = BookingStatus.PAID;
    }
}
