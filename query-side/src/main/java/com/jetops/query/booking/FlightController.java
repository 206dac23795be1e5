package com.jetops.query.booking;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingStatus;
import com.jetops.api.booking.FindFlightQuery;
import com.jetops.api.booking.FindManifestQuery;
import com.jetops.api.booking.FlightManifest;
import com.jetops.api.booking.FlightPage;
import com.jetops.api.booking.FlightView;
import com.jetops.api.booking.ListFlightsQuery;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.platform.web.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.security.Role;
import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.query.infra.AsOf;
import com.jetops.query.infra.ObjectScope;
import com.jetops.query.infra.LiveFeed;
import com.jetops.query.infra.ReadYourWrites;
import com.jetops.api.booking.WatchFlightsQuery;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@RequestMapping("/flights")
@Tag(name = "Flights", description = "Bookings with legs, aircraft, crew, price breakdown, status history and manifests")
class FlightController {
    private static final int MAX_PAGE_SIZE = 200;

    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final LiveFeed liveFeed;
    private final AsOf asOf;
    private final ObjectMapper json;
    private final ObjectScope scope;
    private final PersonalDataCodec personalData;

    FlightController(QueryGateway queryGateway, ReadYourWrites readYourWrites, LiveFeed liveFeed, AsOf asOf,
                     ObjectMapper json, ObjectScope scope, PersonalDataCodec personalData) {
        this.scope = scope;
        this.personalData = personalData;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.liveFeed = liveFeed;
        this.asOf = asOf;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Bookings by status, client, agent, aircraft, an airport on the route and first departure in [from, to)")
    Object list(@RequestParam(required = false) BookingStatus status,
                    @RequestParam(required = false) String clientId,
                    @RequestParam(required = false) String agentId,
                    @RequestParam(required = false) String aircraftId,
                    @RequestParam(required = false) String airport,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        Require.that(page, p -> p >= 0 && p <= 10_000, "page", "page must be between 0 and 10000");
        Require.that(size, s -> s >= 1 && s <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
        ClientId client = clientId == null ? null : Require.parsed("clientId", () -> ClientId.of(clientId));
        String agent = agentId;
        java.util.Set<String> onlyAircraft = null;
        // A client, agent or owner lists only their own bookings, whatever they ask for.
        if (scope.isOutsider(Role.CLIENT)) {
            client = ClientId.of(scope.subjectOf(Role.CLIENT));
        } else if (scope.isOutsider(Role.BOOKING_AGENT)) {
            agent = scope.subjectOf(Role.BOOKING_AGENT);
        } else if (scope.isOutsider(Role.AIRCRAFT_OWNER)) {
            onlyAircraft = scope.aircraftOf(scope.subjectOf(Role.AIRCRAFT_OWNER));
        }
        FlightPage flights = queryGateway.query(new ListFlightsQuery(status, client, agent,
                aircraftId == null ? null : Require.parsed("aircraftId", () -> AircraftId.of(aircraftId)), onlyAircraft,
                airport == null ? null : Require.parsed("airport", () -> new IcaoCode(airport)), from, to, page, size),
                ResponseTypes.instanceOf(FlightPage.class)).join();
        return scope.withoutMarginFor(flights);
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events (event 'flight'): the flights departing from 12 h ago to 48 h ahead, or "
            + "one booking, then every change to them as it is projected")
    SseEmitter live(@RequestParam(required = false) String bookingId) {
        BookingId only = bookingId == null ? null : Require.parsed("bookingId", () -> BookingId.of(bookingId));
        return liveFeed.stream(queryGateway.subscriptionQuery(new WatchFlightsQuery(only),
                        ResponseTypes.multipleInstancesOf(FlightView.class), ResponseTypes.instanceOf(FlightView.class)),
                "flight", view -> view.bookingId() + "@" + view.version());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One booking: legs as planned and flown, aircraft, crew, price breakdown, status history; "
            + "minVersion waits (bounded) until the view shows that version of the booking")
    ResponseEntity<Object> find(@PathVariable("id") String id, @RequestParam(required = false) Long minVersion) {
        BookingId bookingId = Require.parsed("id", () -> BookingId.of(id));
        ResponseEntity<Object> answer = readYourWrites.answer(minVersion, () -> {
            FlightView view = queryGateway.query(new FindFlightQuery(bookingId),
                    ResponseTypes.instanceOf(FlightView.class)).join();
            return view != null && scope.mayReadBooking(view.clientId().value(), view.agentId(),
                    view.aircraftId() == null ? null : view.aircraftId().value()) ? view : null;
        }, FlightView::version, () -> notFound(bookingId));
        return answer.getBody() instanceof FlightView view ? ResponseEntity.ok(scope.withoutMarginFor(view)) : answer;
    }

    @GetMapping("/{id}/as-of")
    @Operation(summary = "The booking exactly as it was at an instant: its events up to then, replayed through the "
            + "same projection that builds the live view")
    ResponseEntity<Object> asOf(@PathVariable("id") String id,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        BookingId bookingId = Require.parsed("id", () -> BookingId.of(id));
        FlightProjection past = new FlightProjection(
                AsOf.inMemory(FlightBookingRepository.class, (FlightBooking row) -> row.bookingId), json, AsOf.NO_UPDATES,
                personalData);
        asOf.replay(past, bookingId.value(), at);
        FlightView view = past.find(new FindFlightQuery(bookingId));
        return view == null ? ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null,
                "No booking " + bookingId + " as of " + at)) : ResponseEntity.ok(view);
    }

    @GetMapping("/{id}/manifest")
    @Operation(summary = "Passengers per revenue leg with total weight (personal data)")
    ResponseEntity<Object> manifest(@PathVariable("id") String id) {
        BookingId bookingId = Require.parsed("id", () -> BookingId.of(id));
        FlightManifest manifest = queryGateway.query(new FindManifestQuery(bookingId),
                ResponseTypes.instanceOf(FlightManifest.class)).join();
        return manifest == null ? notFound(bookingId) : ResponseEntity.ok(manifest);
    }

    private static ResponseEntity<Object> notFound(BookingId bookingId) {
        return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null, "No booking " + bookingId));
    }
}
