package com.jetops.command.booking;

import com.jetops.api.booking.AcceptQuoteCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.QuoteAcceptedEvent;
import com.jetops.api.booking.QuoteExpiredEvent;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.command.infra.EventClock;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import com.jetops.command.infra.ActingFor;

/**
 * A priced offer for an itinerary. It never changes: a different trip or price is a new quote.
 * It can be booked once, until it expires (a persistent deadline); booking it creates the
 * Booking in the same unit of work, so there is never an accepted quote without its booking.
 */
@SnapshotByFields
@Aggregate
public class Quote {
    static final String EXPIRY = "quote-expiry";

    @AggregateIdentifier
    private QuoteId quoteId;
    private QuoteIssuedEvent issued;
    private boolean expired;
    private BookingId bookedAs;

    protected Quote() {
        // for Axon
    }

    /** Created by {@link QuoteDesk}, which prices the request first. */
    Quote(QuoteIssuedEvent issued) {
        apply(issued);
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void expire() {
        if (bookedAs == null && !expired) {
            apply(new QuoteExpiredEvent(quoteId, issued.validUntil()));
        }
    }

    @CommandHandler
    BookingId handle(AcceptQuoteCommand command) throws Exception {
        BookingId bookingId = Require.present(command.bookingId(), "bookingId");
        if (bookedAs != null) {
            if (bookedAs.equals(bookingId)) {
                return bookedAs;
            }
            throw new RuleViolationException(ErrorCode.QUOTE_ALREADY_BOOKED, "quoteId",
                    "Quote " + quoteId + " is already booked as " + bookedAs);
        }
        if (expired || !EventClock.now().isBefore(issued.validUntil())) {
            throw new RuleViolationException(ErrorCode.QUOTE_EXPIRED, "quoteId",
                    "Quote " + quoteId + " expired at " + issued.validUntil() + "; ask for a new quote");
        }
        QuoteOption option = chosen(command);
        // An alternative with a longer positioning flight leaves before the offer does.
        if (!EventClock.now().isBefore(option.legs().get(0).departure())) {
            throw new RuleViolationException(ErrorCode.QUOTE_EXPIRED, "aircraftId", "Aircraft " + option.tailNumber()
                    + " would have had to leave at " + option.legs().get(0).departure() + "; ask for a new quote");
        }
        List<Passenger> passengers = Manifest.check(command.passengers(), issued.itinerary(), option.seats());
        apply(new QuoteAcceptedEvent(quoteId, bookingId, option.aircraftId()));
        BookingRequestedEvent requested = new BookingRequestedEvent(bookingId, quoteId, issued.clientId(),
                issued.agentId(), option, passengers, issued.services());
        AggregateLifecycle.createNew(Booking.class, () -> new Booking(requested));
        return bookingId;
    }

    private QuoteOption chosen(AcceptQuoteCommand command) {
        if (command.aircraftId() == null) {
            return issued.offer();
        }
        return Stream.concat(Stream.of(issued.offer()), issued.alternatives().stream())
                .filter(o -> o.aircraftId().equals(command.aircraftId())).findFirst()
                .orElseThrow(() -> new RuleViolationException(ErrorCode.INVALID_VALUE, "aircraftId",
                        "Quote " + quoteId + " offers no aircraft " + command.aircraftId()));
    }

    /** A client or agent books only their own quotes (see ActingFor). */
    @CommandHandlerInterceptor
    Object onlyItsParties(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ActingFor.requireParty(command, issued.clientId().value(), issued.agentId(), "quote " + quoteId);
        return chain.proceed();
    }

    @EventSourcingHandler
    void on(QuoteIssuedEvent event) {
        quoteId = event.quoteId();
        issued = event;
    }

    @EventSourcingHandler
    void on(QuoteExpiredEvent event) {
        expired = true;
    }

    @EventSourcingHandler
    void on(QuoteAcceptedEvent event) {
        bookedAs = event.bookingId();
    }
}
