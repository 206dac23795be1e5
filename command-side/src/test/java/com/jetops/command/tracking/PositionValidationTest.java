package com.jetops.command.tracking;

import com.jetops.api.aircraft.AircraftPosition;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionValidationTest {
    static final Instant NOW = Instant.parse("2026-11-20T08:30:00Z");

    static PositionReport at(Instant time) {
        return new PositionReport(time, 48.9694, 2.4414, 650, 140, 325, "ADS-B");
    }

    static List<AircraftPosition> validate(PositionReport... reports) {
        return PositionValidation.validated(new PositionBatch(new ArrayList<>(Arrays.asList(reports))), 5000, Duration.ofDays(90), NOW);
    }

    static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.refusal().field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aValidBatchBecomesPositionsInItsOrder() {
        List<AircraftPosition> positions = validate(at(NOW.minusSeconds(20)), at(NOW.minusSeconds(10)));

        assertThat(positions).extracting(AircraftPosition::time).containsExactly(NOW.minusSeconds(20), NOW.minusSeconds(10));
        assertThat(positions.get(0)).isEqualTo(new AircraftPosition(NOW.minusSeconds(20), 48.9694, 2.4414, 650, 140, 325, "ADS-B"));
    }

    @Test
    void timesAreKeptToTheMicrosecondSoTwoReportsInOneMicrosecondAreNotInOrder() {
        Instant time = NOW.minusSeconds(1);

        assertThat(validate(at(time.plusNanos(1_500))).get(0).time()).isEqualTo(time.plusNanos(1_000));
        assertThat(fieldOf(() -> validate(at(time.plusNanos(100)), at(time.plusNanos(900))))).isEqualTo("positions[1].time");
    }

    @Test
    void aClockUpToFiveMinutesAheadIsTolerated() {
        assertThat(validate(at(NOW.plusSeconds(300)))).hasSize(1);
        assertThat(fieldOf(() -> validate(at(NOW.plusSeconds(301))))).isEqualTo("positions[0].time");
        // Older than the retention (and a year PostgreSQL cannot store) is refused, not a 500.
        assertThat(fieldOf(() -> validate(at(NOW.minus(Duration.ofDays(91)))))).isEqualTo("positions[0].time");
        assertThat(fieldOf(() -> validate(at(Instant.parse("0000-01-01T00:00:00Z"))))).isEqualTo("positions[0].time");
    }

    @Test
    void rangesAreInclusiveAtTheirEnds() {
        assertThat(validate(new PositionReport(NOW, 90.0, -180.0, -2000, 0, 0, "x"),
                new PositionReport(NOW.plusSeconds(1), -90.0, 180.0, 60000, 1000, 359, "ACARS/SATCOM"))).hasSize(2);
        assertThat(fieldOf(() -> validate(new PositionReport(NOW, Double.NaN, 0.0, 0, 0, 0, "x")))).isEqualTo("positions[0].lat");
        assertThat(fieldOf(() -> validate(new PositionReport(NOW, 0.0, 0.0, 0, 1001, 0, "x")))).isEqualTo("positions[0].groundSpeedKt");
        assertThat(fieldOf(() -> validate(new PositionReport(NOW, 0.0, 0.0, 0, 0, -1, "x")))).isEqualTo("positions[0].heading");
        assertThat(fieldOf(() -> validate(new PositionReport(NOW, 0.0, 0.0, 0, 0, 0, "a,b")))).isEqualTo("positions[0].source");
        assertThat(fieldOf(() -> validate(at(NOW), null))).isEqualTo("positions[1]");
    }

    @Test
    void aBatchOverTheLimitIsTooLarge() {
        PositionReport[] reports = new PositionReport[3];
        for (int i = 0; i < 3; i++) {
            reports[i] = at(NOW.minusSeconds(10 - i));
        }

        assertThatThrownBy(() -> PositionValidation.validated(new PositionBatch(List.of(reports)), 2, Duration.ofDays(90), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
    }
}
