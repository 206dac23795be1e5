package com.jetops.command.pricing;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.SpecialService;
import com.jetops.command.pricing.PricingRequest.Aircraft;
import com.jetops.command.pricing.PricingRequest.Leg;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.jetops.command.pricing.PricerTest.aircraft;
import static com.jetops.command.pricing.PricerTest.at;
import static com.jetops.command.pricing.PricerTest.t;
import static com.jetops.command.pricing.PricerTest.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Itineraries that make no sense are refused with the field at fault, before anything is priced. */
class PricingRefusalTest {
    private static final PricingRules RULES = PricingRules.defaults();
    private static final Aircraft MIDSIZE = aircraft(AircraftCategory.MIDSIZE_JET, "4800.00", 430);
    private static final Leg TEB_ORD = Leg.revenue(at("KTEB"), at("KORD"), t("2026-12-10T08:00-05:00"), 3);

    @Test
    void refusesAnItineraryWithoutLegs() {
        assertRefused(() -> trip(MIDSIZE).request(), ErrorCode.INVALID_VALUE, "legs");
    }

    @Test
    void refusesMoreThanTenLegs() {
        Leg[] eleven = IntStream.range(0, 11)
                .mapToObj(i -> Leg.revenue(at(i % 2 == 0 ? "KTEB" : "KORD"), at(i % 2 == 0 ? "KORD" : "KTEB"),
                        t("2026-12-10T08:00-05:00").plusDays(i), 3))
                .toArray(Leg[]::new);
        assertRefused(() -> trip(MIDSIZE, eleven).request(), ErrorCode.INVALID_VALUE, "legs");
    }

    @Test
    void refusesARevenueLegWithoutPassengers() {
        Leg empty = Leg.revenue(at("KORD"), at("KTEB"), t("2026-12-11T08:00-06:00"), 0);
        assertRefused(() -> trip(MIDSIZE, TEB_ORD, empty).request(), ErrorCode.INVALID_VALUE, "legs[1].passengers");
    }

    @Test
    void refusesAFerryLegWithPassengersOrSoldAsAnEmptyLeg() {
        Leg withPassengers = new Leg(at("KORD"), at("KTEB"), t("2026-12-11T08:00-06:00"), 2, true, false);
        assertRefused(() -> trip(MIDSIZE, TEB_ORD, withPassengers).request(), ErrorCode.INVALID_VALUE,
                "legs[1].passengers");
        Leg soldFerry = new Leg(at("KORD"), at("KTEB"), t("2026-12-11T08:00-06:00"), 0, true, true);
        assertRefused(() -> trip(MIDSIZE, TEB_ORD, soldFerry).request(), ErrorCode.INVALID_VALUE,
                "legs[1].emptyLegMatch");
    }

    @Test
    void refusesAnItineraryOfFerryLegsOnly() {
        Leg ferry = Leg.ferry(at("KTEB"), at("KORD"), t("2026-12-10T08:00-05:00"));
        assertRefused(() -> trip(MIDSIZE, ferry).request(), ErrorCode.INVALID_VALUE, "legs");
    }

    @Test
    void refusesALegToWhereItStarted() {
        Leg nowhere = Leg.revenue(at("KTEB"), at("KTEB"), t("2026-12-10T08:00-05:00"), 3);
        assertRefused(() -> trip(MIDSIZE, nowhere).request(), ErrorCode.INVALID_VALUE, "legs[0].to");
    }

    @Test
    void refusesLegsOutOfOrderOrBeforeTheQuote() {
        Leg earlier = Leg.revenue(at("KORD"), at("KTEB"), t("2026-12-10T07:00-05:00"), 3);
        assertRefused(() -> trip(MIDSIZE, TEB_ORD, earlier).request(), ErrorCode.INVALID_VALUE, "legs[1].departure");
        assertRefused(() -> trip(MIDSIZE, TEB_ORD).quotedAt("2026-12-10T13:00:00Z").request(), ErrorCode.INVALID_VALUE,
                "legs[0].departure");
    }

    @Test
    void refusesUtilizationOutsideZeroToOneAndAnAbsurdCommission() {
        assertRefused(() -> trip(MIDSIZE, TEB_ORD).utilization("1.01").request(), ErrorCode.INVALID_VALUE,
                "fleetUtilization");
        assertRefused(() -> trip(MIDSIZE, TEB_ORD).utilization("-0.1").request(), ErrorCode.INVALID_VALUE,
                "fleetUtilization");
        assertRefused(() -> trip(MIDSIZE, TEB_ORD).agent("51").request(), ErrorCode.INVALID_VALUE,
                "agentCommissionPercent");
        assertRefused(() -> trip(MIDSIZE, TEB_ORD).agent("-1").request(), ErrorCode.INVALID_VALUE,
                "agentCommissionPercent");
    }

    @Test
    void refusesAnAircraftThatCannotBePriced() {
        assertRefused(() -> trip(aircraft(AircraftCategory.MIDSIZE_JET, "0.00", 430), TEB_ORD).request(),
                ErrorCode.INVALID_VALUE, "aircraft.hourlyRate");
        assertRefused(() -> trip(aircraft(AircraftCategory.MIDSIZE_JET, "4800.00", 0), TEB_ORD).request(),
                ErrorCode.INVALID_VALUE, "aircraft.cruiseSpeedKt");
        Aircraft inEuros = new Aircraft(AircraftCategory.MIDSIZE_JET, Money.of("4400.00", "EUR"), 430);
        assertRefused(() -> price(trip(inEuros, TEB_ORD).request(), RULES), ErrorCode.INVALID_VALUE,
                "aircraft.hourlyRate");
    }

    @Test
    void refusesACurrencyWithoutAnExchangeRate() {
        assertRefused(() -> price(trip(MIDSIZE, TEB_ORD).in("JPY").request(), RULES),
                ErrorCode.CURRENCY_NOT_SUPPORTED, "currency");
    }

    @Test
    void refusesWhatTheRulesDoNotPrice() {
        PricingRules noCategoriesNoServices = new PricingRules(RULES.baseCurrency(), Map.of(), RULES.surcharges(),
                RULES.demandTiers(), RULES.emptyLegDiscountPercent(), Map.of(), RULES.taxes(),
                RULES.platformFeePercent(), RULES.defaultAgentCommissionPercent(), RULES.exchangeRates());
        assertRefused(() -> price(trip(MIDSIZE, TEB_ORD).request(), noCategoriesNoServices), ErrorCode.INVALID_VALUE,
                "aircraft.category");

        PricingRules noServices = new PricingRules(RULES.baseCurrency(), RULES.categories(), RULES.surcharges(),
                RULES.demandTiers(), RULES.emptyLegDiscountPercent(), Map.of(), RULES.taxes(),
                RULES.platformFeePercent(), RULES.defaultAgentCommissionPercent(), RULES.exchangeRates());
        assertRefused(() -> price(trip(MIDSIZE, TEB_ORD).with(SpecialService.CATERING).request(), noServices),
                ErrorCode.INVALID_VALUE, "services");
    }

    @Test
    void refusesMissingParts() {
        assertRefused(() -> new PricingRequest(MIDSIZE, List.of(TEB_ORD), Set.of(), null, Currency.getInstance("USD"),
                BigDecimal.ZERO, null), ErrorCode.MISSING_VALUE, "quotedAt");
        assertRefused(() -> new PricingRequest(MIDSIZE, Collections.singletonList(null), Set.of(),
                Instant.parse("2026-11-20T12:00:00Z"), Currency.getInstance("USD"), BigDecimal.ZERO, null),
                ErrorCode.MISSING_VALUE, "legs[0]");
    }

    private static Object price(PricingRequest request, PricingRules rules) {
        return new Pricer().price(request, rules);
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.refusal().field()).isEqualTo(field);
        });
    }
}
