package com.jetops.command.booking;

import com.jetops.api.booking.AcceptQuoteCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.ItineraryLeg;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A priced offer for an itinerary. It never changes: a different trip or price is a new quote.
 * It can be booked once, until it expires (a persistent deadline); booking it creates the
 * Booking in the same unit of work, so there is never an accepted quote without its booking.
 */
@SnapshotByFields
@Aggregate
public class Quote {
    static final String EXPIRY = "quote-expiry";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

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
        List<Passenger> passengers = checkManifest(command.passengers(), option);
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

    /** Every revenue leg carries exactly the passengers it was priced for. Personal data stays out of messages. */
    private List<Passenger> checkManifest(List<Passenger> passengers, QuoteOption option) {
        Require.present(passengers, "passengers");
        List<ItineraryLeg> itinerary = issued.itinerary();
        int[] onLeg = new int[itinerary.size()];
        for (int i = 0; i < passengers.size(); i++) {
            String path = "passengers[" + i + "]";
            Passenger p = Require.present(passengers.get(i), path);
            Require.text(p.name(), path + ".name", 200);
            LocalDate born = Require.date(p.dateOfBirth(), path + ".dateOfBirth");
            Require.that(born, d -> !d.isAfter(EventClock.today()), path + ".dateOfBirth",
                    "date of birth must not be in the future");
            Require.that(Require.present(p.nationality(), path + ".nationality"), COUNTRIES::contains,
                    path + ".nationality", "nationality must be an ISO 3166 country code such as US or GB");
            Require.that(Require.present(p.passportNumber(), path + ".passportNumber"),
                    n -> PASSPORT.matcher(n).matches(), path + ".passportNumber",
                    "passport number must be 5 to 20 capital letters or digits");
            Require.that(p.weightKg(), w -> w == null || (w >= 1 && w <= 300), path + ".weightKg",
                    "weight must be between 1 and 300 kg");
            List<Integer> legs = p.legs() == null
                    ? java.util.stream.IntStream.range(0, itinerary.size()).boxed().toList() : p.legs();
            for (Integer leg : legs) {
                Require.that(leg, l -> l != null && l >= 0 && l < itinerary.size(), path + ".legs",
                        "leg numbers run from 0 to " + (itinerary.size() - 1));
                onLeg[leg]++;
            }
        }
        for (int leg = 0; leg < itinerary.size(); leg++) {
            if (onLeg[leg] != itinerary.get(leg).passengers()) {
                throw new RuleViolationException(ErrorCode.PASSENGERS_DO_NOT_MATCH, "passengers",
                        "Leg " + leg + " (" + itinerary.get(leg).from() + "→" + itinerary.get(leg).to() + ") was quoted for "
                                + itinerary.get(leg).passengers() + " passengers and the manifest lists " + onLeg[leg]
                                + " (" + option.seats() + " seats); ask for a new quote to change the count");
            }
        }
        return new ArrayList<>(passengers);
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
