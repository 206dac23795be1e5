package com.jetops.query.crew;

import com.jetops.api.common.TimeWindow;
import com.jetops.api.crew.CrewAssignments;
import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.FtlRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlightTimeFiguresTest {
    private static final CrewLimits LIMITS = CrewLimits.part135();

    private static FlightTimeFigures.Flight flight(String start, String end, CrewComplement complement, boolean listed) {
        return new FlightTimeFigures.Flight(new TimeWindow(Instant.parse(start), Instant.parse(end)), complement, listed);
    }

    private static CrewAssignments.Figure only(List<CrewAssignments.Figure> figures, FtlRule rule) {
        return figures.stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void theBusiest24HoursUseTheTwoPilotLimitUnlessAOnePilotFlightIsInThem() {
        TimeWindow window = new TimeWindow(Instant.parse("2030-05-10T00:00:00Z"), Instant.parse("2030-05-11T00:00:00Z"));
        List<FlightTimeFigures.Flight> twoPilot = List.of(
                flight("2030-05-10T06:00:00Z", "2030-05-10T11:00:00Z", CrewComplement.TWO_PILOT, true),
                flight("2030-05-10T20:00:00Z", "2030-05-11T00:30:00Z", CrewComplement.TWO_PILOT, true),
                flight("2030-05-12T08:00:00Z", "2030-05-12T10:00:00Z", CrewComplement.TWO_PILOT, false));

        CrewAssignments.Figure day = only(FlightTimeFigures.of(twoPilot, window, LIMITS), FtlRule.FLIGHT_TIME_24_HOURS);
        assertThat(day.flightSeconds()).isEqualTo(Duration.ofMinutes(570).toSeconds());
        assertThat(day.limitSeconds()).isEqualTo(Duration.ofHours(10).toSeconds());
        assertThat(day.withinLimit()).isTrue();

        List<FlightTimeFigures.Flight> onePilot = List.of(twoPilot.get(0),
                flight("2030-05-10T20:00:00Z", "2030-05-11T00:30:00Z", CrewComplement.ONE_PILOT, true));
        CrewAssignments.Figure strict = only(FlightTimeFigures.of(onePilot, window, LIMITS), FtlRule.FLIGHT_TIME_24_HOURS);
        assertThat(strict.limitSeconds()).isEqualTo(Duration.ofHours(8).toSeconds());
        assertThat(strict.withinLimit()).isFalse();
    }

    @Test
    void aFlightOverAQuarterEndCountsInBothQuartersAndTheYearsAreUtc() {
        TimeWindow window = new TimeWindow(Instant.parse("2030-03-31T00:00:00Z"), Instant.parse("2030-04-02T00:00:00Z"));
        List<FlightTimeFigures.Flight> flights = List.of(
                flight("2030-03-31T22:00:00Z", "2030-04-01T03:00:00Z", CrewComplement.TWO_PILOT, true));

        List<CrewAssignments.Figure> figures = FlightTimeFigures.of(flights, window, LIMITS);

        assertThat(figures).extracting(CrewAssignments.Figure::rule).containsExactly(FtlRule.FLIGHT_TIME_24_HOURS,
                FtlRule.FLIGHT_TIME_QUARTER, FtlRule.FLIGHT_TIME_QUARTER, FtlRule.FLIGHT_TIME_TWO_QUARTERS,
                FtlRule.FLIGHT_TIME_TWO_QUARTERS, FtlRule.FLIGHT_TIME_TWO_QUARTERS, FtlRule.FLIGHT_TIME_YEAR);
        assertThat(figures.get(1).period().start()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(figures.get(1).flightSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
        assertThat(figures.get(2).flightSeconds()).isEqualTo(Duration.ofHours(3).toSeconds());
        assertThat(figures.get(2).limitSeconds()).isEqualTo(Duration.ofHours(500).toSeconds());
        assertThat(figures.get(4).flightSeconds()).isEqualTo(Duration.ofHours(5).toSeconds());
        assertThat(figures.get(4).limitSeconds()).isEqualTo(Duration.ofHours(800).toSeconds());
        assertThat(figures.get(6).flightSeconds()).isEqualTo(Duration.ofHours(5).toSeconds());
        assertThat(figures.get(6).limitSeconds()).isEqualTo(Duration.ofHours(1400).toSeconds());
    }

    @Test
    void theSpanCoversTheYearAndTheNeighbouringQuarters() {
        TimeWindow span = FlightTimeFigures.span(new TimeWindow(Instant.parse("2030-05-10T00:00:00Z"),
                Instant.parse("2030-05-17T00:00:00Z")));
        assertThat(span.start()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
    }
}
