package com.jetops.command.aircraft;

import com.jetops.platform.eventstore.SnapshotByFields;
import com.jetops.api.aircraft.BlackoutId;
import com.jetops.api.aircraft.MaintenanceBlockId;
import com.jetops.api.aircraft.ReservationId;
import com.jetops.api.booking.BookingId;
import com.jetops.api.common.TimeWindow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What an aircraft is committed to: reservations for bookings, blackout windows and maintenance
 * blocks, all half-open UTC windows. Owned by the Aircraft aggregate, which is what makes
 * double booking impossible: every change to it goes through one aggregate version.
 */
@SnapshotByFields
class AircraftCalendar {
    private final Map<ReservationId, Reservation> reservations = new LinkedHashMap<>();
    private final Map<BlackoutId, Entry> blackouts = new LinkedHashMap<>();
    private final Map<MaintenanceBlockId, Entry> maintenanceBlocks = new LinkedHashMap<>();

    record Reservation(BookingId bookingId, TimeWindow window, boolean confirmed) {
    }

    record Entry(TimeWindow window, String reason) {
    }

    /** The first reservation overlapping the window, described for a refusal. */
    Optional<String> reservationOverlapping(TimeWindow window) {
        return reservationOverlapping(window, null, List.of());
    }

    private Optional<String> reservationOverlapping(TimeWindow window, BookingId bookingId,
                                                    Collection<ReservationId> replacing) {
        return reservations.entrySet().stream()
                .filter(r -> !(replacing.contains(r.getKey()) && r.getValue().bookingId().equals(bookingId))
                        && r.getValue().window().overlaps(window))
                .findFirst()
                .map(r -> "reservation " + r.getKey() + " for booking " + r.getValue().bookingId()
                        + " (" + describe(r.getValue().window()) + ")");
    }

    /**
     * Anything a new reservation for {@code bookingId} may not overlap: reservations, blackouts,
     * maintenance blocks — except the booking's own reservations it is {@code replacing}, so a
     * changed trip can hold its new legs before giving up the old ones.
     */
    Optional<String> anythingOverlapping(TimeWindow window, BookingId bookingId, Collection<ReservationId> replacing) {
        return reservationOverlapping(window, bookingId, replacing)
                .or(() -> blackouts.entrySet().stream()
                        .filter(b -> b.getValue().window().overlaps(window))
                        .findFirst()
                        .map(b -> "blackout " + b.getKey() + " '" + b.getValue().reason() + "' ("
                                + describe(b.getValue().window()) + ")"))
                .or(() -> maintenanceBlocks.entrySet().stream()
                        .filter(m -> m.getValue().window().overlaps(window))
                        .findFirst()
                        .map(m -> "maintenance block " + m.getKey() + " '" + m.getValue().reason() + "' ("
                                + describe(m.getValue().window()) + ")"));
    }

    boolean hasReservationEndingAfter(Instant instant) {
        return reservations.values().stream().anyMatch(r -> r.window().end().isAfter(instant));
    }

    private static String describe(TimeWindow window) {
        return window.start() + " to " + window.end();
    }

    Optional<Reservation> reservation(ReservationId id) {
        return Optional.ofNullable(reservations.get(id));
    }

    boolean hasBlackout(BlackoutId id) {
        return blackouts.containsKey(id);
    }

    boolean hasMaintenanceBlock(MaintenanceBlockId id) {
        return maintenanceBlocks.containsKey(id);
    }

    void hold(ReservationId id, BookingId bookingId, TimeWindow window) {
        reservations.put(id, new Reservation(bookingId, window, false));
    }

    void confirm(ReservationId id) {
        reservations.computeIfPresent(id, (key, r) -> new Reservation(r.bookingId(), r.window(), true));
    }

    void release(ReservationId id) {
        reservations.remove(id);
    }

    void addBlackout(BlackoutId id, TimeWindow window, String reason) {
        blackouts.put(id, new Entry(window, reason));
    }

    void removeBlackout(BlackoutId id) {
        blackouts.remove(id);
    }

    void addMaintenanceBlock(MaintenanceBlockId id, TimeWindow window, String reason) {
        maintenanceBlocks.put(id, new Entry(window, reason));
    }

    void endMaintenanceBlock(MaintenanceBlockId id) {
        maintenanceBlocks.remove(id);
    }
}
