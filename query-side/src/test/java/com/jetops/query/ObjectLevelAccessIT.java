package com.jetops.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.booking.QuoteId;
import com.jetops.api.booking.QuoteOption;
import com.jetops.api.client.Address;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.crew.CrewContact;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.api.security.Role;
import com.jetops.query.fleet.FleetFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two of everything: clients, agents, owners with their aircraft and bookings, crew members.
 * Each outsider sees their own objects and gets 404 — never 403 — for the other's, on every
 * read path; lists hold only their own.
 */
@QuerySideIntegrationTest
class ObjectLevelAccessIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Currency USD = Currency.getInstance("USD");

    @LocalServerPort
    int port;
    @Autowired
    EventStoreFixture.Appender events;

    /** One side of the story: a client, their agent, an owner with an aircraft, a booking on it, a crew member. */
    record Party(ClientId client, String agent, String owner, AircraftId aircraft, BookingId booking, CrewMemberId crew) {
        static Party create(EventStoreFixture.Appender events) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            Party party = new Party(ClientId.random(), "agent-" + tag, "owner-" + tag, null, BookingId.random(),
                    CrewMemberId.random());
            AircraftRegisteredEvent registered = FleetFixtures.globalAt("KTEB");
            events.append("Aircraft", registered.aircraftId().value(), 0, registered);
            events.append("Aircraft", registered.aircraftId().value(), 1,
                    new AircraftOwnerAssignedEvent(registered.aircraftId(), party.owner()));
            events.append("Client", party.client().value(), 0, new ClientRegisteredEvent(party.client(),
                    new ClientProfile(ClientKind.INDIVIDUAL, null, new Contact("Client " + tag, null, "+1 212 555 0100",
                            null), tag + "@example.com", "+1 212 555 0100",
                            new Address("1 Main St", null, "Hudson", "12534", "US"), List.of())));
            events.append("Booking", party.booking().value(), 0, requested(party.booking(), party.client(),
                    party.agent(), registered));
            events.append("CrewMember", party.crew().value(), 0, new CrewMemberHiredEvent(party.crew(),
                    "E-" + tag, "Crew " + tag, CrewPosition.CAPTAIN, new IcaoCode("KTEB"),
                    new CrewContact("+1 201 555 0100", null, "Kin", "+1 201 555 0199")));
            return new Party(party.client(), party.agent(), party.owner(), registered.aircraftId(), party.booking(),
                    party.crew());
        }
    }

    private Party mine;
    private Party theirs;

    @BeforeEach
    void twoParties() {
        mine = Party.create(events);
        theirs = Party.create(events);
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> status(TestTokens.SUPER_ADMIN, "/flights/" + theirs.booking()) == 200
                && status(TestTokens.SUPER_ADMIN, "/crew/" + theirs.crew()) == 200
                && status(TestTokens.SUPER_ADMIN, "/clients/" + theirs.client()) == 200
                && json(TestTokens.SUPER_ADMIN, "/aircraft/" + theirs.aircraft()).path("ownerId").asText()
                .equals(theirs.owner()));
    }

    @Test
    void aClientSeesOnlyTheirOwnBookingsAndProfileAndNoMargin() throws Exception {
        String client = TestTokens.bearer(Role.CLIENT, mine.client().value());
        JsonNode booking = json(client, "/flights/" + mine.booking());
        assertThat(booking.at("/price/total/amount").asText()).isNotEmpty();
        assertThat(booking.get("price").has("ownerEarnings")).isFalse();
        assertThat(booking.get("price").has("platformFee")).isFalse();
        assertThat(booking.get("price").has("commission")).isFalse();
        assertThat(json(client, "/flights?size=200").get("items").findValuesAsText("bookingId"))
                .containsExactly(mine.booking().value());
        // Asking for someone else's bookings by filter changes nothing: the filter is theirs.
        assertThat(json(client, "/flights?size=200&clientId=" + theirs.client()).get("items")
                .findValuesAsText("bookingId")).containsExactly(mine.booking().value());
        assertThat(status(client, "/clients/" + mine.client())).isEqualTo(200);
        assertNotFound(client, "/flights/" + theirs.booking(), "/clients/" + theirs.client(),
                "/clients/" + theirs.client() + "/bookings");
    }

    @Test
    void onlyManagementAndFinanceSeeCostAndMargin() throws Exception {
        for (Role role : List.of(Role.SUPER_ADMIN, Role.OPERATIONS_MANAGER, Role.FINANCE_MANAGER)) {
            assertThat(json(TestTokens.bearer(role, null), "/flights/" + mine.booking()).at("/price/ownerEarnings/amount")
                    .asText()).as(role.name()).isEqualTo("8900.00");
        }
        JsonNode clientServices = json(TestTokens.bearer(Role.CLIENT_SERVICES, null), "/flights/" + mine.booking());
        assertThat(clientServices.get("price").has("ownerEarnings")).isFalse();
        assertThat(clientServices.get("price").has("platformFee")).isFalse();
        assertThat(json(TestTokens.bearer(Role.CLIENT, mine.client().value()), "/clients/" + mine.client() + "/export")
                .toString()).doesNotContain("ownerEarnings").contains(mine.booking().value());
    }

    @Test
    void anAgentSeesTheBookingsMadeThroughThemAndThoseClients() throws Exception {
        String agent = TestTokens.bearer(Role.BOOKING_AGENT, mine.agent());
        assertThat(json(agent, "/flights?size=200").get("items").findValuesAsText("bookingId"))
                .containsExactly(mine.booking().value());
        assertThat(json(agent, "/clients?size=200").get("items").findValuesAsText("clientId"))
                .containsExactly(mine.client().value());
        assertThat(status(agent, "/clients/" + mine.client())).isEqualTo(200);
        assertThat(json(agent, "/flights/" + mine.booking()).get("price").has("ownerEarnings")).isFalse();
        assertNotFound(agent, "/flights/" + theirs.booking(), "/clients/" + theirs.client(),
                "/clients/" + theirs.client() + "/bookings");
    }

    @Test
    void anOwnerSeesOnlyTheirAircraftItsScheduleMaintenanceAndFlights() throws Exception {
        String owner = TestTokens.bearer(Role.AIRCRAFT_OWNER, mine.owner());
        assertThat(json(owner, "/aircraft?size=200").get("items").findValuesAsText("aircraftId"))
                .containsExactly(mine.aircraft().value());
        assertThat(status(owner, "/aircraft/" + mine.aircraft())).isEqualTo(200);
        assertThat(status(owner, "/aircraft/" + mine.aircraft() + "/schedule?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z"))
                .isEqualTo(200);
        assertThat(status(owner, "/aircraft/" + mine.aircraft() + "/maintenance")).isEqualTo(200);
        assertThat(status(owner, "/aircraft/" + mine.aircraft() + "/track")).isEqualTo(200);
        assertThat(json(owner, "/flights?size=200").get("items").findValuesAsText("bookingId"))
                .containsExactly(mine.booking().value());
        assertNotFound(owner, "/aircraft/" + theirs.aircraft(),
                "/aircraft/" + theirs.aircraft() + "/schedule?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z",
                "/aircraft/" + theirs.aircraft() + "/maintenance", "/aircraft/" + theirs.aircraft() + "/track",
                "/flights/" + theirs.booking());
        assertThat(json(owner, "/dashboards/payouts")).allSatisfy(p -> assertThat(p.get("ownerId").asText())
                .isEqualTo(mine.owner()));
    }

    @Test
    void aCrewMemberSeesOnlyTheirOwnRecordAndSchedule() throws Exception {
        String crew = TestTokens.bearer(Role.CREW_MEMBER, mine.crew().value());
        assertThat(status(crew, "/crew/" + mine.crew())).isEqualTo(200);
        assertThat(status(crew, "/crew/" + mine.crew() + "/schedule?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z"))
                .isEqualTo(200);
        assertNotFound(crew, "/crew/" + theirs.crew(),
                "/crew/" + theirs.crew() + "/schedule?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z");
    }

    private void assertNotFound(String authorization, String... paths) throws Exception {
        for (String path : paths) {
            HttpResponse<String> response = get(authorization, path);
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static BookingRequestedEvent requested(BookingId bookingId, ClientId clientId, String agentId,
                                                   AircraftRegisteredEvent aircraft) {
        Instant out = Instant.parse("2026-12-10T14:00:00Z");
        Money subtotal = new Money(new BigDecimal("10000.00"), USD);
        Money zero = new Money(new BigDecimal("0.00"), USD);
        PriceBreakdown price = new PriceBreakdown(USD, BigDecimal.ONE,
                List.of(new PriceLine(PriceLineKind.BASE, "5.5 h", 0, subtotal)), subtotal, zero, subtotal,
                BigDecimal.ONE, new Money(new BigDecimal("100.00"), USD), BigDecimal.TEN,
                new Money(new BigDecimal("1000.00"), USD), new Money(new BigDecimal("8900.00"), USD),
                List.of(new PriceBreakdown.LegFigures(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), false,
                        new BigDecimal("2128.4"), 330, new BigDecimal("5.5000"))));
        QuoteOption option = new QuoteOption(aircraft.aircraftId(), aircraft.tailNumber().value(), "GL7T",
                AircraftCategory.ULTRA_LONG_RANGE_JET, 17, null, Money.of("11500.00", "USD"), 488,
                List.of(new PlannedLeg(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"), out, out.plusSeconds(19800), 2,
                        false)), List.of(), price, null);
        return new BookingRequestedEvent(bookingId, QuoteId.random(), clientId, agentId, option, List.of(), Set.of());
    }

    private HttpResponse<String> get(String authorization, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String authorization, String path) throws Exception {
        return get(authorization, path).statusCode();
    }

    private JsonNode json(String authorization, String path) throws Exception {
        HttpResponse<String> response = get(authorization, path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
