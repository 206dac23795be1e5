package com.jetops.query.tracking;

import com.jetops.api.aircraft.AircraftPosition;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Position events ('position') on the fleet's live feed, so a map moves aircraft as reports
 * arrive. Positions are no Axon events, so nothing is published when one is stored: this polls
 * {@code aircraft_latest_position} for rows changed since the last poll, once a second and only
 * while someone listens — one indexed query per second however many listen.
 * <p>
 * A row's change time is taken when its transaction writes it, not when it commits: a transaction
 * still open at one poll can commit a row older than what that poll saw. Each poll therefore looks
 * {@link #OVERLAP} further back and skips what it already pushed; a commit later than that is only
 * missed until the aircraft's next report.
 */
@Component
public class LivePositions {
    static final Duration OVERLAP = Duration.ofSeconds(5);

    /** What the 'position' event carries. */
    public record PositionUpdate(String aircraftId, AircraftPosition position) {
    }

    private record Listener(SseEmitter emitter, String aircraftId) {
        boolean wants(String id) {
            return aircraftId == null || aircraftId.equals(id);
        }
    }

    private final PositionReads reads;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    /** The newest report pushed per aircraft, so the overlap does not push one twice. */
    private final Map<String, Instant> pushed = new ConcurrentHashMap<>();
    private Instant watermark;

    LivePositions(PositionReads reads) {
        this.reads = reads;
    }

    /** Pushes position events to this stream (of one aircraft, or all when aircraftId is null) until it ends. */
    public void follow(SseEmitter emitter, String aircraftId) {
        Listener listener = new Listener(emitter, aircraftId);
        listeners.add(listener);
        // Spring keeps every callback registered (LiveFeed registers its own too).
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(error -> listeners.remove(listener));
    }

    @Scheduled(fixedDelayString = "${jetops.positions.live-poll:1s}")
    void poll() {
        if (listeners.isEmpty()) {
            watermark = null;   // start afresh when someone listens again: they get current views first
            return;
        }
        List<PositionReads.Moved> moved;
        try {
            if (watermark == null) {
                watermark = reads.databaseNow();
                pushed.clear();
            }
            moved = reads.movedSince(watermark.minus(OVERLAP));
        } catch (DataAccessException e) {
            if (PositionReads.streamNotCreatedYet(e)) {
                return;
            }
            throw e;
        }
        for (PositionReads.Moved move : moved) {
            if (move.changedAt().isAfter(watermark)) {
                watermark = move.changedAt();
            }
            Instant before = pushed.put(move.aircraftId(), move.position().time());
            if (before != null && !move.position().time().isAfter(before)) {
                continue;
            }
            PositionUpdate update = new PositionUpdate(move.aircraftId(), move.position());
            String id = move.aircraftId() + "@" + move.position().time();
            for (Listener listener : listeners) {
                if (listener.wants(move.aircraftId())) {
                    send(listener, id, update);
                }
            }
        }
    }

    private void send(Listener listener, String id, PositionUpdate update) {
        try {
            listener.emitter().send(SseEmitter.event().name("position").id(id).data(update));
        } catch (IOException | IllegalStateException gone) {
            // The stream ended (client gone, timed out, shut down): stop pushing to it.
            listeners.remove(listener);
        }
    }
}
