package com.jetops.command.booking;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftDetailsUpdatedEvent;
import com.jetops.api.aircraft.AircraftGroundedEvent;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftOwnerAssignedEvent;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftReservationHeldEvent;
import com.jetops.api.aircraft.AircraftReservationReleasedEvent;
import com.jetops.api.aircraft.AircraftRetiredEvent;
import com.jetops.api.aircraft.AircraftReturnedToServiceEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.BlackoutAddedEvent;
import com.jetops.api.aircraft.BlackoutRemovedEvent;
import com.jetops.api.aircraft.FlightLegRecordedEvent;
import com.jetops.api.aircraft.MaintenanceBlockAddedEvent;
import com.jetops.api.aircraft.MaintenanceBlockEndedEvent;
import com.jetops.api.aircraft.MaintenanceHoldLiftedEvent;
import com.jetops.api.aircraft.MaintenanceHoldPlacedEvent;
import com.jetops.api.booking.BookingCancelledEvent;
import com.jetops.api.booking.BookingChangedEvent;
import com.jetops.api.booking.BookingConfirmedEvent;
import com.jetops.api.booking.BookingId;
import com.jetops.api.booking.BookingRejectedEvent;
import com.jetops.api.booking.BookingRequestedEvent;
import com.jetops.api.booking.EmptyLegRef;
import com.jetops.api.booking.EmptyLegReleasedEvent;
import com.jetops.api.booking.EmptyLegSoldEvent;
import com.jetops.api.booking.LegArrivedEvent;
import com.jetops.api.booking.LegDepartedEvent;
import com.jetops.api.booking.PlannedLeg;
import com.jetops.api.client.ClientDeactivatedEvent;
import com.jetops.api.client.ClientId;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.CrewMemberHiredEvent;
import com.jetops.api.crew.CrewMemberId;
import com.jetops.api.crew.CrewMemberReleasedEvent;
import com.jetops.api.crew.CrewMemberUpdatedEvent;
import com.jetops.api.crew.CrewPosition;
import com.jetops.api.crew.TypeRatingRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking context's view of the fleet and crew, from the event stream: which aircraft
 * exist, where they are, whether they can be booked and when they are taken; which crew
 * member holds which position, base and type ratings. Quotes search it and the fulfilment saga
 * picks crew from it; the aggregates still decide (a stale row costs a refusal, never a
 * double booking). Every write is idempotent, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("booking-catalog")
public class BookingCatalog implements CrewCandidates {
    private final JdbcTemplate jdbc;

    BookingCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An aircraft as quotes see it. */
    public record CatalogAircraft(AircraftId aircraftId, String tailNumber, String typeDesignator,
                                  AircraftCategory category, int seats, int rangeNm, int cruiseKt, Money hourlyRate,
                                  IcaoCode baseAirport, IcaoCode location, String ownerId) {
    }

    /** A positioning leg on sale: the trip it belongs to, the aircraft and when it flies. */
    public record CatalogEmptyLeg(EmptyLegRef ref, AircraftId aircraftId, IcaoCode from, IcaoCode to,
                                  Instant departure, Instant arrival) {
    }

    public record CatalogCrew(CrewMemberId crewMemberId, String name, CrewPosition position, IcaoCode baseAirport) {
    }

    // --- queries -----------------------------------------------------------------------------

    private static final RowMapper<CatalogAircraft> AIRCRAFT = (row, i) -> new CatalogAircraft(
            AircraftId.of(row.getString("aircraft_id")), row.getString("tail_number"),
            row.getString("type_designator"), AircraftCategory.valueOf(row.getString("category")),
            row.getInt("seats"), row.getInt("range_nm"), row.getInt("cruise_kt"),
            new Money(row.getBigDecimal("hourly_rate").stripTrailingZeros(),
                    Currency.getInstance(row.getString("rate_currency").trim())),
            new IcaoCode(row.getString("base_airport")), new IcaoCode(row.getString("location")),
            row.getString("owner_id"));

    /** Aircraft in service, not grounded or held, with at least {@code seats} seats, smallest first. */
    public List<CatalogAircraft> bookableAircraft(int seats) {
        return jdbc.query("""
                select * from catalog_aircraft a
                 where not a.retired and not a.grounded and a.seats >= ?
                   and not exists (select 1 from catalog_aircraft_hold h where h.aircraft_id = a.aircraft_id)
                 order by a.seats, a.hourly_rate, a.tail_number""", AIRCRAFT, seats);
    }

    /** For each aircraft, the windows already taken that overlap {@code span}, other than {@code ignoring}'s own. */
    public Map<AircraftId, List<TimeWindow>> busy(Collection<AircraftId> aircraft, TimeWindow span, BookingId ignoring) {
        Map<AircraftId, List<TimeWindow>> busy = new HashMap<>();
        if (aircraft.isEmpty()) {
            return busy;
        }
        jdbc.query("""
                        select aircraft_id, starts_at, ends_at from catalog_aircraft_busy
                         where aircraft_id = any (?) and starts_at < ? and ends_at > ?
                           and booking_id is distinct from ?""",
                row -> {
                    busy.computeIfAbsent(AircraftId.of(row.getString(1)), id -> new java.util.ArrayList<>())
                            .add(new TimeWindow(row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant()));
                },
                aircraft.stream().map(AircraftId::value).toArray(String[]::new),
                Timestamp.from(span.end()), Timestamp.from(span.start()), ignoring == null ? null : ignoring.value());
        return busy;
    }

    /** Share of the active fleet reserved (by bookings other than {@code ignoring}) in the window: the demand signal. */
    public double utilization(TimeWindow window, BookingId ignoring) {
        Map<String, Object> row = jdbc.queryForMap("""
                select (select count(*) from catalog_aircraft where not retired) as fleet,
                       (select count(distinct aircraft_id) from catalog_aircraft_busy
                         where booking_id is not null and booking_id is distinct from ?
                           and starts_at < ? and ends_at > ?) as reserved""",
                ignoring == null ? null : ignoring.value(), Timestamp.from(window.end()), Timestamp.from(window.start()));
        long fleet = ((Number) row.get("fleet")).longValue();
        return fleet == 0 ? 0 : Math.min(1, ((Number) row.get("reserved")).doubleValue() / fleet);
    }

    /** Unsold positioning legs of confirmed trips on this route departing within [earliest, latest]. */
    public List<CatalogEmptyLeg> emptyLegs(IcaoCode from, IcaoCode to, Instant earliest, Instant latest) {
        return jdbc.query("""
                        select * from catalog_planned_leg
                         where positioning and from_icao = ? and to_icao = ? and departs_at between ? and ?
                           and confirmed and not departed and sold_to is null
                         order by departs_at, booking_id""",
                (row, i) -> new CatalogEmptyLeg(
                        new EmptyLegRef(BookingId.of(row.getString("booking_id")), row.getInt("leg_index")),
                        AircraftId.of(row.getString("aircraft_id")), new IcaoCode(row.getString("from_icao")),
                        new IcaoCode(row.getString("to_icao")), row.getTimestamp("departs_at").toInstant(),
                        row.getTimestamp("arrives_at").toInstant()),
                from.value(), to.value(), Timestamp.from(earliest), Timestamp.from(latest));
    }

    /**
     * Where each aircraft will be at {@code at}: the destination of the last leg planned to land
     * by then and not flown yet (other than {@code ignoring}'s); aircraft with none stay where they are.
     */
    public Map<AircraftId, IcaoCode> plannedLocations(Collection<AircraftId> aircraft, Instant at, BookingId ignoring) {
        return aircraftToAirport("""
                select distinct on (aircraft_id) aircraft_id, to_icao from catalog_planned_leg
                 where aircraft_id = any (?) and arrives_at <= ? and not arrived and booking_id is distinct from ?
                 order by aircraft_id, arrives_at desc""", aircraft, at, ignoring);
    }

    /** Where each aircraft's next trip (other than {@code ignoring}) picks it up after {@code after}. */
    public Map<AircraftId, IcaoCode> nextPickups(Collection<AircraftId> aircraft, Instant after, BookingId ignoring) {
        return aircraftToAirport("""
                select distinct on (aircraft_id) aircraft_id, from_icao from catalog_planned_leg
                 where aircraft_id = any (?) and departs_at > ? and not departed and booking_id is distinct from ?
                 order by aircraft_id, departs_at""", aircraft, after, ignoring);
    }

    private Map<AircraftId, IcaoCode> aircraftToAirport(String sql, Collection<AircraftId> aircraft, Instant at,
                                                        BookingId ignoring) {
        Map<AircraftId, IcaoCode> airports = new HashMap<>();
        if (!aircraft.isEmpty()) {
            jdbc.query(sql, row -> {
                        airports.put(AircraftId.of(row.getString(1)), new IcaoCode(row.getString(2)));
                    }, aircraft.stream().map(AircraftId::value).toArray(String[]::new), Timestamp.from(at),
                    ignoring == null ? null : ignoring.value());
        }
        return airports;
    }

    /** Employed crew in one of the positions holding the type rating (cabin crew need none). */
    @Override
    public List<CatalogCrew> crew(List<CrewPosition> positions, String typeDesignator) {
        return jdbc.query("""
                        select c.crew_member_id, c.name, c.position, c.base_airport from catalog_crew c
                         where c.employed and c.position = any (?)
                           and (c.position = 'FLIGHT_ATTENDANT' or exists (select 1 from catalog_crew_rating r
                                 where r.crew_member_id = c.crew_member_id and r.type_designator = ?))
                         order by c.crew_member_id""",
                (row, i) -> new CatalogCrew(CrewMemberId.of(row.getString(1)), row.getString(2),
                        CrewPosition.valueOf(row.getString(3)), new IcaoCode(row.getString(4))),
                positions.stream().map(Enum::name).toArray(String[]::new), typeDesignator);
    }

    /**
     * A registered client (the e-mail claim is written with the registration, so it is never
     * late) that has not been deactivated.
     */
    public boolean clientMayBook(ClientId clientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from client_email where client_id = ?)
                   and not exists (select 1 from catalog_inactive_client where client_id = ?)""",
                Boolean.class, clientId.value(), clientId.value()));
    }

    @EventHandler
    void on(ClientDeactivatedEvent event) {
        jdbc.update("insert into catalog_inactive_client values (?) on conflict do nothing", event.clientId().value());
    }

    // --- fleet -------------------------------------------------------------------------------

    @EventHandler
    void on(AircraftRegisteredEvent event, @SequenceNumber long sequence) {
        AircraftSpecification spec = event.specification();
        jdbc.update("""
                        insert into catalog_aircraft (aircraft_id, tail_number, type_designator, category, seats,
                            range_nm, cruise_kt, hourly_rate, rate_currency, base_airport, location, last_sequence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (aircraft_id) do nothing""",
                event.aircraftId().value(), event.tailNumber().value(), spec.typeDesignator(), spec.category().name(),
                spec.seatingCapacity(), spec.rangeNm(), spec.cruiseSpeedKt(), spec.hourlyRate().amount(),
                spec.hourlyRate().currency().getCurrencyCode(), event.baseAirport().value(),
                event.baseAirport().value(), sequence);
    }

    @EventHandler
    void on(AircraftDetailsUpdatedEvent event, @SequenceNumber long sequence) {
        AircraftSpecification spec = event.specification();
        update(event.aircraftId(), sequence, "type_designator = ?, category = ?, seats = ?, range_nm = ?, "
                        + "cruise_kt = ?, hourly_rate = ?, rate_currency = ?", spec.typeDesignator(),
                spec.category().name(), spec.seatingCapacity(), spec.rangeNm(), spec.cruiseSpeedKt(),
                spec.hourlyRate().amount(), spec.hourlyRate().currency().getCurrencyCode());
    }

    @EventHandler
    void on(AircraftOwnerAssignedEvent event, @SequenceNumber long sequence) {
        update(event.aircraftId(), sequence, "owner_id = ?", event.ownerId());
    }

    @EventHandler
    void on(FlightLegRecordedEvent event, @SequenceNumber long sequence) {
        Timestamp blockOn = Timestamp.from(event.blockOn());
        update(event.aircraftId(), sequence, "location = case when last_block_on is null or last_block_on < ? "
                + "then ? else location end, last_block_on = greatest(last_block_on, ?)", blockOn, event.to().value(), blockOn);
    }

    @EventHandler
    void on(AircraftGroundedEvent event, @SequenceNumber long sequence) {
        update(event.aircraftId(), sequence, "grounded = true");
    }

    @EventHandler
    void on(AircraftReturnedToServiceEvent event, @SequenceNumber long sequence) {
        update(event.aircraftId(), sequence, "grounded = false");
    }

    @EventHandler
    void on(AircraftRetiredEvent event, @SequenceNumber long sequence) {
        update(event.aircraftId(), sequence, "retired = true");
    }

    @EventHandler
    void on(MaintenanceHoldPlacedEvent event) {
        jdbc.update("insert into catalog_aircraft_hold values (?, ?) on conflict do nothing",
                event.aircraftId().value(), event.maintenanceItemId().value());
    }

    @EventHandler
    void on(MaintenanceHoldLiftedEvent event) {
        jdbc.update("delete from catalog_aircraft_hold where aircraft_id = ? and maintenance_item_id = ?",
                event.aircraftId().value(), event.maintenanceItemId().value());
    }

    @EventHandler
    void on(AircraftReservationHeldEvent event) {
        busy(event.aircraftId(), event.reservationId().value(), event.window(), event.bookingId().value());
    }

    @EventHandler
    void on(AircraftReservationReleasedEvent event) {
        free(event.aircraftId(), event.reservationId().value());
    }

    @EventHandler
    void on(BlackoutAddedEvent event) {
        busy(event.aircraftId(), event.blackoutId().value(), event.window(), null);
    }

    @EventHandler
    void on(BlackoutRemovedEvent event) {
        free(event.aircraftId(), event.blackoutId().value());
    }

    @EventHandler
    void on(MaintenanceBlockAddedEvent event) {
        busy(event.aircraftId(), event.maintenanceBlockId().value(), event.window(), null);
    }

    @EventHandler
    void on(MaintenanceBlockEndedEvent event) {
        free(event.aircraftId(), event.maintenanceBlockId().value());
    }

    // --- planned legs: where aircraft will be, and empty legs ------------------------------------
    // An empty-leg booking flies its host's leg: it plans nothing of its own.

    @EventHandler
    void on(BookingRequestedEvent event) {
        if (!event.option().isEmptyLeg()) {
            plannedLegs(event.bookingId(), event.option().aircraftId(), event.option().legs(), false);
        }
    }

    @EventHandler
    void on(BookingConfirmedEvent event) {
        jdbc.update("update catalog_planned_leg set confirmed = true where booking_id = ?", event.bookingId().value());
    }

    @EventHandler
    void on(BookingChangedEvent event) {
        // A trip with a sold leg cannot change, so nothing sold is lost here.
        jdbc.update("delete from catalog_planned_leg where booking_id = ?", event.bookingId().value());
        plannedLegs(event.bookingId(), event.option().aircraftId(), event.option().legs(), true);
    }

    @EventHandler
    void on(BookingRejectedEvent event) {
        jdbc.update("delete from catalog_planned_leg where booking_id = ?", event.bookingId().value());
    }

    @EventHandler
    void on(BookingCancelledEvent event) {
        jdbc.update("delete from catalog_planned_leg where booking_id = ?", event.bookingId().value());
    }

    @EventHandler
    void on(LegDepartedEvent event) {
        jdbc.update("update catalog_planned_leg set departed = true where booking_id = ? and leg_index = ?",
                event.bookingId().value(), event.legIndex());
    }

    /** Flown: from now on the aircraft's logged location says where it is. */
    @EventHandler
    void on(LegArrivedEvent event) {
        jdbc.update("update catalog_planned_leg set arrived = true where booking_id = ? and leg_index = ?",
                event.bookingId().value(), event.legIndex());
    }

    @EventHandler
    void on(EmptyLegSoldEvent event) {
        jdbc.update("update catalog_planned_leg set sold_to = ? where booking_id = ? and leg_index = ?",
                event.buyerBookingId().value(), event.bookingId().value(), event.legIndex());
    }

    @EventHandler
    void on(EmptyLegReleasedEvent event) {
        jdbc.update("update catalog_planned_leg set sold_to = null where booking_id = ? and leg_index = ? and sold_to = ?",
                event.bookingId().value(), event.legIndex(), event.buyerBookingId().value());
    }

    private void plannedLegs(BookingId bookingId, AircraftId aircraftId, List<PlannedLeg> legs, boolean confirmed) {
        legs.forEach(leg -> jdbc.update("""
                        insert into catalog_planned_leg (booking_id, leg_index, aircraft_id, from_icao, to_icao,
                            departs_at, arrives_at, positioning, confirmed)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                bookingId.value(), leg.index(), aircraftId.value(), leg.from().value(), leg.to().value(),
                Timestamp.from(leg.departure()), Timestamp.from(leg.arrival()), leg.positioning(), confirmed));
    }

    // --- crew --------------------------------------------------------------------------------

    @EventHandler
    void on(CrewMemberHiredEvent event) {
        jdbc.update("insert into catalog_crew (crew_member_id, name, position, base_airport) values (?, ?, ?, ?) "
                        + "on conflict do nothing", event.crewMemberId().value(), event.name(), event.position().name(),
                event.baseAirport().value());
    }

    @EventHandler
    void on(CrewMemberUpdatedEvent event) {
        jdbc.update("update catalog_crew set name = ?, base_airport = ? where crew_member_id = ?", event.name(),
                event.baseAirport().value(), event.crewMemberId().value());
    }

    @EventHandler
    void on(CrewMemberReleasedEvent event) {
        jdbc.update("update catalog_crew set employed = false where crew_member_id = ?", event.crewMemberId().value());
    }

    @EventHandler
    void on(TypeRatingRecordedEvent event) {
        jdbc.update("insert into catalog_crew_rating values (?, ?) on conflict do nothing",
                event.crewMemberId().value(), event.typeDesignator());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from catalog_aircraft_busy");
        jdbc.update("delete from catalog_aircraft_hold");
        jdbc.update("delete from catalog_aircraft");
        jdbc.update("delete from catalog_crew_rating");
        jdbc.update("delete from catalog_crew");
        jdbc.update("delete from catalog_inactive_client");
        jdbc.update("delete from catalog_planned_leg");
    }

    /** Guarded by the aircraft's event sequence number: an old or redelivered event changes nothing. */
    private void update(AircraftId aircraftId, long sequence, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = aircraftId.value();
        arguments[values.length + 2] = sequence;
        jdbc.update("update catalog_aircraft set " + assignments + ", last_sequence = ? "
                + "where aircraft_id = ? and last_sequence < ?", arguments);
    }

    private void busy(AircraftId aircraftId, String entryId, TimeWindow window, String bookingId) {
        jdbc.update("insert into catalog_aircraft_busy values (?, ?, ?, ?, ?) on conflict do nothing",
                aircraftId.value(), entryId, Timestamp.from(window.start()), Timestamp.from(window.end()), bookingId);
    }

    private void free(AircraftId aircraftId, String entryId) {
        jdbc.update("delete from catalog_aircraft_busy where aircraft_id = ? and entry_id = ?", aircraftId.value(),
                entryId);
    }
}
