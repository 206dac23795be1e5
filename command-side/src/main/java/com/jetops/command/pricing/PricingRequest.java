package com.jetops.command.pricing;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.SpecialService;
import com.jetops.api.reference.Airport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * What the pricer needs to price an itinerary; the Quote aggregate builds it. Checks that need
 * no pricing rules happen here, each naming the field at fault ({@code legs[2].passengers}); the
 * nested records hold no checks of their own, so the path is always the full one.
 *
 * @param legs                   1 to {@value #MAX_LEGS} legs with passengers in departure order; ferry (positioning)
 *                               legs included, at least one leg with passengers
 * @param quotedAt               when the quote is made; last-minute is judged from it
 * @param currency               the currency the client is quoted in
 * @param fleetUtilization       share of the fleet's hours already sold in the trip's window, 0..1
 * @param agentCommissionPercent the booking agent's share of the subtotal (the rules' default unless
 *                               agreed otherwise), or null when no agent is involved
 */
public record PricingRequest(
        Aircraft aircraft,
        List<Leg> legs,
        Set<SpecialService> services,
        Instant quotedAt,
        Currency currency,
        BigDecimal fleetUtilization,
        BigDecimal agentCommissionPercent) {

    public static final int MAX_LEGS = 10;
    /** Like the platform fee (see PricingRules), at most half, so together they never exceed the subtotal. */
    private static final BigDecimal MAX_COMMISSION_PERCENT = BigDecimal.valueOf(50);

    /** @param hourlyRate per flight hour, in the rules' base currency */
    public record Aircraft(AircraftCategory category, Money hourlyRate, int cruiseSpeedKt) {
    }

    /**
     * @param departure     local time at the departure airport with its offset, as the client gave it
     * @param ferry         a positioning leg: no passengers, billed at the ferry rate
     * @param emptyLegMatch a revenue leg that matches a repositioning leg already planned
     */
    public record Leg(Airport from, Airport to, OffsetDateTime departure, int passengers, boolean ferry,
                      boolean emptyLegMatch) {

        public static Leg revenue(Airport from, Airport to, OffsetDateTime departure, int passengers) {
            return new Leg(from, to, departure, passengers, false, false);
        }

        public static Leg ferry(Airport from, Airport to, OffsetDateTime departure) {
            return new Leg(from, to, departure, 0, true, false);
        }

        public static Leg emptyLegMatch(Airport from, Airport to, OffsetDateTime departure, int passengers) {
            return new Leg(from, to, departure, passengers, false, true);
        }
    }

    public PricingRequest {
        checkAircraft(aircraft);
        Require.present(quotedAt, "quotedAt");
        legs = checkedLegs(legs, quotedAt);
        services = Set.copyOf(Require.present(services, "services"));
        Require.present(currency, "currency");
        Require.present(fleetUtilization, "fleetUtilization");
        Require.that(fleetUtilization, u -> u.signum() >= 0 && u.compareTo(BigDecimal.ONE) <= 0,
                "fleetUtilization", "fleet utilization is a fraction between 0 and 1");
        Require.that(agentCommissionPercent,
                p -> p == null || (p.signum() >= 0 && p.compareTo(MAX_COMMISSION_PERCENT) <= 0),
                "agentCommissionPercent", "an agent's commission is between 0 and 50 percent");
    }

    private static void checkAircraft(Aircraft aircraft) {
        Require.present(aircraft, "aircraft");
        Require.present(aircraft.category(), "aircraft.category");
        Require.present(aircraft.hourlyRate(), "aircraft.hourlyRate");
        Require.that(aircraft.hourlyRate(), Money::isPositive, "aircraft.hourlyRate", "the hourly rate must be positive");
        Require.that(aircraft.cruiseSpeedKt(), kt -> kt > 0 && kt <= 1000, "aircraft.cruiseSpeedKt",
                "cruise speed must be between 1 and 1000 knots");
    }

    private static List<Leg> checkedLegs(List<Leg> legs, Instant quotedAt) {
        Require.present(legs, "legs");
        long revenueLegs = legs.stream().filter(leg -> leg != null && !leg.ferry()).count();
        // Positioning legs come on top: before, between and after the client's legs.
        if (legs.isEmpty() || revenueLegs > MAX_LEGS || legs.size() > 2 * MAX_LEGS + 1) {
            throw invalid("legs", "an itinerary has 1 to " + MAX_LEGS + " legs with passengers, not " + revenueLegs);
        }
        Instant previousDeparture = quotedAt;
        for (int i = 0; i < legs.size(); i++) {
            String path = "legs[" + i + "]";
            Leg leg = Require.present(legs.get(i), path);
            Require.present(leg.from(), path + ".from");
            Require.present(leg.to(), path + ".to");
            if (leg.from().icao().equals(leg.to().icao())) {
                throw invalid(path + ".to", "a leg must go somewhere: " + leg.from().icao() + " to itself");
            }
            Require.present(leg.departure(), path + ".departure");
            if (!leg.departure().toInstant().isAfter(previousDeparture)) {
                throw invalid(path + ".departure", i == 0
                        ? "the first departure must be after the quote time"
                        : "legs must be in departure order, each after the one before");
            }
            previousDeparture = leg.departure().toInstant();
            if (leg.ferry()) {
                Require.that(leg.passengers(), p -> p == 0, path + ".passengers", "a ferry leg carries no passengers");
                Require.that(leg, l -> !l.emptyLegMatch(), path + ".emptyLegMatch",
                        "a ferry leg is the operator's own positioning, not an empty leg sold to a client");
            } else {
                Require.that(leg.passengers(), p -> p >= 1, path + ".passengers",
                        "a leg with no passengers is a ferry leg; mark it as one");
            }
        }
        if (legs.stream().allMatch(Leg::ferry)) {
            throw invalid("legs", "an itinerary needs at least one leg with passengers");
        }
        return List.copyOf(legs);
    }

    private static RuleViolationException invalid(String field, String message) {
        return new RuleViolationException(ErrorCode.INVALID_VALUE, field, message);
    }
}
