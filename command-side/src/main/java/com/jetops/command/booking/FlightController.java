package com.jetops.command.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.AcceptBookingChangeCommand;
import com.jetops.api.booking.AcceptQuoteCommand;
import com.jetops.api.booking.AddBookingExtraCommand;
import com.jetops.api.booking.BookingChangeProposedEvent;
import com.jetops.api.booking.ChangeId;
import com.jetops.api.booking.ProposeBookingChangeCommand;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.CancelBookingCommand;
import com.jetops.api.booking.FlightStatus;
import com.jetops.api.booking.ItineraryLeg;
import com.jetops.api.booking.Passenger;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteIssuedEvent;
import com.jetops.api.booking.ReportFlightStatusCommand;
import com.jetops.api.booking.RequestQuoteCommand;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.security.Role;
import com.jetops.command.infra.ActingFor;
import com.jetops.platform.security.Caller;
import com.jetops.api.pricing.SpecialService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/flights")
@Tag(name = "Flights", description = "Quotes, bookings, flight status and cancellation")
class FlightController {
    private final CommandGateway commandGateway;

    FlightController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record QuoteRequest(String clientId, String agentId, List<ItineraryLeg> legs, String aircraftId,
                        AircraftCategory category, Set<SpecialService> services, String currency) {
    }

    record BookingRequest(String quoteId, String aircraftId, List<Passenger> passengers) {
    }

    record StatusReport(Integer legIndex, FlightStatus status, Instant at, IcaoCode divertedTo, Long airborneMinutes,
                        Boolean beyondControl, String reason) {
    }

    record Reason(String reason) {
    }

    record Change(List<ItineraryLeg> legs, List<Passenger> passengers) {
    }

    record Extra(String description, Money amount) {
    }

    /** A booking write: the id, the aggregate version, and where to read the booking. */
    record Accepted(String bookingId, long version, String status) {
    }

    @PostMapping("/quote")
    @Operation(summary = "Price an itinerary (1-10 legs): the cheapest fitting aircraft, or the one asked for, and up "
            + "to 3 alternatives, every price line shown; valid 24 h",
            description = "422 no-aircraft-available says why no aircraft fits (seats, range, calendar, grounded).")
    ResponseEntity<QuoteIssuedEvent> quote(@RequestBody QuoteRequest request) {
        QuoteId quoteId = QuoteId.random();
        ClientId clientId = Require.parsed("clientId", () -> ClientId.of(request.clientId()));
        // A client quotes for themselves; an agent's quotes are theirs (and earn them the commission).
        ActingFor.requireSelf(Role.CLIENT, clientId.value(), "clientId");
        String agentId = Caller.current().filter(caller -> caller.role() == Role.BOOKING_AGENT)
                .map(Caller::subjectId).orElse(request.agentId());
        if (request.agentId() != null) {
            ActingFor.requireSelf(Role.BOOKING_AGENT, request.agentId(), "agentId");
        }
        QuoteIssuedEvent quote = commandGateway.sendAndWait(new RequestQuoteCommand(quoteId, clientId, agentId,
                request.legs(),
                request.aircraftId() == null ? null : Require.parsed("aircraftId", () -> AircraftId.of(request.aircraftId())),
                request.category(), request.services(),
                request.currency() == null ? null : Require.parsed("currency", () -> currency(request.currency()))));
        return ResponseEntity.created(URI.create("/flights/quotes/" + quoteId)).body(quote);
    }

    @PostMapping
    @Operation(summary = "Book a valid quote with the passenger manifest; the fulfilment saga then reserves the "
            + "aircraft and a legal crew (GET /flights/{id} on the query side shows CONFIRMED or REJECTED with the reason)",
            description = "409 when the quote expired or is already booked; 422 when the manifest does not match the quote.")
    ResponseEntity<Accepted> book(@RequestBody BookingRequest request) {
        BookingId bookingId = BookingId.random();
        QuoteId quoteId = Require.parsed("quoteId", () -> QuoteId.of(request.quoteId()));
        commandGateway.sendAndWait(new AcceptQuoteCommand(quoteId, bookingId,
                request.aircraftId() == null ? null : Require.parsed("aircraftId", () -> AircraftId.of(request.aircraftId())),
                request.passengers()));
        return ResponseEntity.accepted().location(URI.create("/flights/" + bookingId))
                .body(new Accepted(bookingId.value(), 0, "REQUESTED"));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Propose a change to a confirmed booking (other times or legs, other passengers): planned and "
            + "priced again on the same aircraft; answers the new plan and the price difference, changes nothing yet")
    BookingChangeProposedEvent change(@PathVariable("id") String id, @RequestBody Change request) {
        BookingId bookingId = bookingId(id);
        return commandGateway.sendAndWait(new ProposeBookingChangeCommand(bookingId, ChangeId.random(),
                request.legs(), request.passengers()));
    }

    @PostMapping("/{id}/changes/{changeId}/accept")
    @Operation(summary = "Accept a proposed change and its price difference; the saga re-reserves aircraft and crew, "
            + "then the booking shows the change applied or rejected with the reason (the old plan stays)")
    ResponseEntity<Accepted> acceptChange(@PathVariable("id") String id, @PathVariable("changeId") String changeId) {
        BookingId bookingId = bookingId(id);
        Long version = commandGateway.sendAndWait(new AcceptBookingChangeCommand(bookingId,
                Require.parsed("changeId", () -> ChangeId.of(changeId))));
        return ResponseEntity.accepted().body(new Accepted(bookingId.value(), version == null ? 0 : version, null));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Report a leg: DELAYED (new estimate, beyond control?), DEPARTED (block-off), DIVERTED, "
            + "ARRIVED (block-on, airborne minutes); the aircraft and crew follow; all legs in → COMPLETED and invoiced")
    Accepted status(@PathVariable("id") String id, @RequestBody StatusReport report) {
        BookingId bookingId = bookingId(id);
        return send(bookingId, new ReportFlightStatusCommand(bookingId,
                Require.present(report.legIndex(), "legIndex"), report.status(), report.at(), report.divertedTo(),
                report.airborneMinutes(), report.beyondControl(), report.reason()));
    }

    @PostMapping("/{id}/extras")
    @Operation(summary = "Add a cost incurred beyond the quote (de-icing, crew overnight); billed on the invoice")
    Accepted extra(@PathVariable("id") String id, @RequestBody Extra request) {
        BookingId bookingId = bookingId(id);
        return send(bookingId, new AddBookingExtraCommand(bookingId, request.description(), request.amount()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel before departure; the fee follows the notice (free > 7 days, 50 % to 48 h, 100 % "
            + "inside 48 h by default) and aircraft and crew are released")
    Accepted cancel(@PathVariable("id") String id, @RequestBody Reason request) {
        BookingId bookingId = bookingId(id);
        return send(bookingId, new CancelBookingCommand(bookingId, request.reason()));
    }

    private Accepted send(BookingId bookingId, Object command) {
        Long version = commandGateway.sendAndWait(command);
        return new Accepted(bookingId.value(), version == null ? 0 : version, null);
    }

    private static BookingId bookingId(String id) {
        return Require.parsed("id", () -> BookingId.of(id));
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new com.jetops.api.common.RuleViolationException(com.jetops.api.common.ErrorCode.INVALID_VALUE,
                    "currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
