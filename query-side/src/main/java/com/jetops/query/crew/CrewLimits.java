package com.jetops.query.crew;

import com.jetops.api.crew.CrewComplement;
import com.jetops.api.crew.Part135Limits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The flight-time, duty and rest limits pilots' figures are shown against: the same
 * {@code jetops.crew.limits.*} properties the command side refuses assignments by (its rest
 * after overruns and rest periods per quarter are not needed here and are ignored), with the
 * same Part 135.267 defaults.
 */
@ConfigurationProperties("jetops.crew.limits")
public record CrewLimits(
        @DefaultValue(Part135Limits.ONE_PILOT_FLIGHT_TIME_IN_24_HOURS) Duration onePilotFlightTimeIn24Hours,
        @DefaultValue(Part135Limits.TWO_PILOT_FLIGHT_TIME_IN_24_HOURS) Duration twoPilotFlightTimeIn24Hours,
        @DefaultValue(Part135Limits.FLIGHT_TIME_PER_QUARTER) Duration flightTimePerQuarter,
        @DefaultValue(Part135Limits.FLIGHT_TIME_PER_TWO_QUARTERS) Duration flightTimePerTwoQuarters,
        @DefaultValue(Part135Limits.FLIGHT_TIME_PER_YEAR) Duration flightTimePerYear,
        @DefaultValue(Part135Limits.DUTY_PERIOD) Duration dutyPeriod,
        @DefaultValue(Part135Limits.REST_BEFORE_COMPLETION) Duration restBeforeCompletion) {

    static CrewLimits part135() {
        return new CrewLimits(Part135Limits.hours(Part135Limits.ONE_PILOT_FLIGHT_TIME_IN_24_HOURS),
                Part135Limits.hours(Part135Limits.TWO_PILOT_FLIGHT_TIME_IN_24_HOURS),
                Part135Limits.hours(Part135Limits.FLIGHT_TIME_PER_QUARTER),
                Part135Limits.hours(Part135Limits.FLIGHT_TIME_PER_TWO_QUARTERS),
                Part135Limits.hours(Part135Limits.FLIGHT_TIME_PER_YEAR),
                Part135Limits.hours(Part135Limits.DUTY_PERIOD),
                Part135Limits.hours(Part135Limits.REST_BEFORE_COMPLETION));
    }

    Duration flightTimeIn24Hours(CrewComplement complement) {
        return complement == CrewComplement.ONE_PILOT ? onePilotFlightTimeIn24Hours : twoPilotFlightTimeIn24Hours;
    }
}
