package com.jetops.query.client;

import com.jetops.api.booking.BookingStatus;
import com.jetops.api.booking.FlightPage;
import com.jetops.api.booking.ListFlightsQuery;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientPage;
import com.jetops.api.client.ClientView;
import com.jetops.api.client.FindClientQuery;
import com.jetops.api.client.ListClientsQuery;
import com.jetops.api.client.VipStatus;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.platform.web.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.security.Role;
import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.query.infra.AsOf;
import com.jetops.query.infra.ObjectScope;
import com.jetops.query.infra.ReadYourWrites;
import org.springframework.format.annotation.DateTimeFormat;
import java.time.Instant;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/clients")
@Tag(name = "Clients", description = "Clients with their profile, tier, preferences and trips")
class ClientController {
    private static final int MAX_PAGE_SIZE = 200;

    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final AsOf asOf;
    private final ObjectMapper json;
    private final ObjectScope scope;
    private final PersonalDataCodec personalData;

    ClientController(QueryGateway queryGateway, ReadYourWrites readYourWrites, AsOf asOf, ObjectMapper json,
                     ObjectScope scope, PersonalDataCodec personalData) {
        this.personalData = personalData;
        this.scope = scope;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.asOf = asOf;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Clients whose name, company or e-mail contains q, by tier, open or closed and kind; "
            + "sort NAME, REGISTERED_AT or VIP_STATUS, direction asc or desc")
    ClientPage list(@RequestParam(required = false) String q,
                    @RequestParam(required = false) VipStatus vipStatus,
                    @RequestParam(required = false) Boolean active,
                    @RequestParam(required = false) ClientKind kind,
                    @RequestParam(defaultValue = "NAME") ListClientsQuery.Sort sort,
                    @RequestParam(defaultValue = "asc") String direction,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        String text = q == null || q.isBlank() ? null : Require.searchText(q, "q", 100);
        Require.that(direction, d -> d.equals("asc") || d.equals("desc"), "direction", "direction is asc or desc");
        checkPage(page, size);
        // An agent lists only the clients they handle.
        String agent = scope.subjectOf(Role.BOOKING_AGENT);
        return queryGateway.query(new ListClientsQuery(text, vipStatus, active, kind, sort, direction.equals("desc"),
                agent == null ? null : scope.clientsOf(agent),
                page, size), ResponseTypes.instanceOf(ClientPage.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One client: profile, tier, preferences, payment methods (brand, last four), trips summary; "
            + "minVersion waits (bounded) until the view shows that version of the client")
    ResponseEntity<Object> find(@PathVariable("id") String id, @RequestParam(required = false) Long minVersion) {
        ClientId clientId = Require.parsed("id", () -> ClientId.of(id));
        return readYourWrites.answer(minVersion, () -> scope.mayReadClient(clientId.value()) ? queryGateway.query(
                new FindClientQuery(clientId), ResponseTypes.instanceOf(ClientView.class)).join() : null,
                ClientView::version, () -> notFound(clientId));
    }

    @GetMapping("/{id}/as-of")
    @Operation(summary = "The client's profile, tier, preferences and payment methods exactly as they were at an "
            + "instant (no trips summary): its events up to then, replayed through the live projection")
    ResponseEntity<Object> asOf(@PathVariable("id") String id,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        ClientId clientId = Require.parsed("id", () -> ClientId.of(id));
        ClientRowRepository rows = AsOf.inMemory(ClientRowRepository.class, (ClientRow row) -> row.clientId);
        ClientProjection past = new ClientProjection(rows, null, json, personalData);
        asOf.replay(past, clientId.value(), at);
        return rows.findById(clientId.value()).<ResponseEntity<Object>>map(row -> ResponseEntity.ok(past.view(row)))
                .orElseGet(() -> ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null,
                        "No client " + clientId + " as of " + at)));
    }

    @GetMapping("/{id}/bookings")
    @Operation(summary = "The client's bookings, newest departure last, optionally of one status")
    ResponseEntity<Object> bookings(@PathVariable("id") String id,
                                    @RequestParam(required = false) BookingStatus status,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        ClientId clientId = Require.parsed("id", () -> ClientId.of(id));
        checkPage(page, size);
        ClientView client = scope.mayReadClient(clientId.value()) ? queryGateway.query(new FindClientQuery(clientId),
                ResponseTypes.instanceOf(ClientView.class)).join() : null;
        if (client == null) {
            return notFound(clientId);
        }
        // An agent sees only the bookings made through them, also for a client they handle.
        return ResponseEntity.ok(scope.withoutMarginFor(queryGateway.query(new ListFlightsQuery(status, clientId,
                scope.subjectOf(Role.BOOKING_AGENT), null, null, null, null, page, size),
                ResponseTypes.instanceOf(FlightPage.class)).join()));
    }

    /** Everything held about a client, for their right of access (GDPR art. 15). */
    record ClientDataExport(Instant exportedAt, ClientView client, List<BookingData> bookings) {
    }

    record BookingData(com.jetops.api.booking.FlightView booking, com.jetops.api.booking.FlightManifest manifest) {
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Everything held about the client (GDPR right of access): profile, preferences, payment "
            + "methods (brand and last four), and every booking with its passengers")
    ResponseEntity<Object> export(@PathVariable("id") String id) {
        ClientId clientId = Require.parsed("id", () -> ClientId.of(id));
        ClientView client = scope.mayReadClient(clientId.value()) ? queryGateway.query(new FindClientQuery(clientId),
                ResponseTypes.instanceOf(ClientView.class)).join() : null;
        if (client == null) {
            return notFound(clientId);
        }
        List<BookingData> bookings = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            FlightPage flights = queryGateway.query(new ListFlightsQuery(null, clientId, null, null, null, null, null,
                    page, MAX_PAGE_SIZE), ResponseTypes.instanceOf(FlightPage.class)).join();
            for (com.jetops.api.booking.FlightView flight : flights.items()) {
                bookings.add(new BookingData(flight, queryGateway.query(
                        new com.jetops.api.booking.FindManifestQuery(flight.bookingId()),
                        ResponseTypes.instanceOf(com.jetops.api.booking.FlightManifest.class)).join()));
            }
            if ((long) (page + 1) * MAX_PAGE_SIZE >= flights.total()) {
                break;
            }
        }
        return ResponseEntity.ok(scope.withoutMarginFor(new ClientDataExport(Instant.now(), client, bookings)));
    }

    private static void checkPage(int page, int size) {
        Require.that(page, p -> p >= 0 && p <= 10_000, "page", "page must be between 0 and 10000");
        Require.that(size, s -> s >= 1 && s <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
    }

    private static ResponseEntity<Object> notFound(ClientId clientId) {
        return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null, "No client " + clientId));
    }
}
