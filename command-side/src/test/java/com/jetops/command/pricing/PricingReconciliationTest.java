package com.jetops.command.pricing;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.SpecialService;
import com.jetops.api.reference.Airport;
import com.jetops.api.reference.Airports;
import com.jetops.command.pricing.PricingRequest.Aircraft;
import com.jetops.command.pricing.PricingRequest.Leg;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random itineraries: whatever the route, currency or extras, a breakdown adds up to
 * the minor unit. JPY (no decimals) and KWD (three) are added to the rates to exercise other scales.
 */
class PricingReconciliationTest {
    private static final int ITINERARIES = 5_000;
    private static final List<Airport> AIRPORTS = List.copyOf(Airports.bundled().all());
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CHF", "JPY", "KWD");
    private static final PricingRules RULES = withMoreCurrencies(PricingRules.defaults());

    private final Random random = new Random(20261122L);
    private final Pricer pricer = new Pricer();

    @Test
    void everyBreakdownAddsUpToTheMinorUnit() {
        for (int n = 0; n < ITINERARIES; n++) {
            PricingRequest request = randomRequest();
            PriceBreakdown priced = pricer.price(request, RULES);
            String context = "itinerary #" + n + ": " + request;
            Currency currency = request.currency();

            Stream.concat(priced.lines().stream().map(PriceLine::amount), Stream.of(priced.subtotal(), priced.taxes(),
                            priced.total(), priced.commission(), priced.platformFee(), priced.ownerEarnings()))
                    .forEach(amount -> {
                        assertThat(amount.currency()).as(context).isEqualTo(currency);
                        assertThat(amount.amount().scale()).as(context).isEqualTo(currency.getDefaultFractionDigits());
                    });
            assertThat(sum(priced, false).add(sum(priced, true))).as(context).isEqualTo(priced.total().amount());
            assertThat(sum(priced, false)).as(context).isEqualTo(priced.subtotal().amount());
            assertThat(sum(priced, true)).as(context).isEqualTo(priced.taxes().amount());
            assertThat(priced.ownerEarnings().amount().add(priced.commission().amount())
                    .add(priced.platformFee().amount()).add(priced.taxes().amount()))
                    .as(context).isEqualTo(priced.total().amount());
            assertThat(priced.ownerEarnings().amount().signum()).as(context).isGreaterThanOrEqualTo(0);
            assertThat(priced.commission()).as(context).isEqualTo(expectedShare(priced.subtotal(),
                    request.agentCommissionPercent()));
            assertThat(priced.platformFee()).as(context).isEqualTo(expectedShare(priced.subtotal(),
                    RULES.platformFeePercent()));
            assertThat(count(priced, PriceLineKind.BASE)).as(context)
                    .isEqualTo(request.legs().stream().filter(l -> !l.ferry()).count());
            assertThat(count(priced, PriceLineKind.FERRY)).as(context)
                    .isEqualTo(request.legs().stream().filter(Leg::ferry).count());
            assertThat(priced.legs()).as(context).hasSameSizeAs(request.legs());
        }
    }

    private static BigDecimal sum(PriceBreakdown priced, boolean taxes) {
        return priced.lines().stream().filter(l -> (l.kind() == PriceLineKind.TAX) == taxes)
                .map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO.setScale(priced.currency().getDefaultFractionDigits()), BigDecimal::add);
    }

    private static long count(PriceBreakdown priced, PriceLineKind kind) {
        return priced.lines().stream().filter(l -> l.kind() == kind).count();
    }

    private static Money expectedShare(Money subtotal, BigDecimal percent) {
        BigDecimal share = percent == null ? BigDecimal.ZERO : subtotal.amount().multiply(percent)
                .divide(BigDecimal.valueOf(100));
        return new Money(share.setScale(subtotal.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                subtotal.currency());
    }

    private PricingRequest randomRequest() {
        AircraftCategory category = pick(List.of(AircraftCategory.values()));
        Aircraft aircraft = new Aircraft(category,
                new Money(BigDecimal.valueOf(150_000 + random.nextInt(2_350_000), 2), Currency.getInstance("USD")),
                250 + random.nextInt(271));
        Instant quotedAt = Instant.parse("2026-06-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(800_000)));
        Instant departure = quotedAt.plus(Duration.ofMinutes(1 + random.nextInt(14 * 24 * 60)));
        int legCount = 1 + random.nextInt(PricingRequest.MAX_LEGS);
        List<Leg> legs = new ArrayList<>();
        Airport from = pick(AIRPORTS);
        for (int i = 0; i < legCount; i++) {
            Airport to = pick(AIRPORTS);
            while (to.icao().equals(from.icao())) {
                to = pick(AIRPORTS);
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(26 * 4 + 1) - 12 * 4) * 15 * 60);
            OffsetDateTime local = departure.atOffset(offset);
            boolean ferry = random.nextInt(4) == 0;
            if (ferry) {
                legs.add(Leg.ferry(from, to, local));
            } else {
                legs.add(new Leg(from, to, local, 1 + random.nextInt(19), false, random.nextInt(8) == 0));
            }
            from = to;
            departure = departure.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
        }
        if (legs.stream().allMatch(Leg::ferry)) {
            Leg first = legs.get(0);
            legs.set(0, Leg.revenue(first.from(), first.to(), first.departure(), 1 + random.nextInt(19)));
        }
        Set<SpecialService> services = EnumSet.noneOf(SpecialService.class);
        for (SpecialService service : SpecialService.values()) {
            if (random.nextBoolean()) {
                services.add(service);
            }
        }
        BigDecimal utilization = BigDecimal.valueOf(random.nextInt(10_001), 4);
        BigDecimal agent = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(5_001), 2);
        return new PricingRequest(aircraft, legs, services, quotedAt, Currency.getInstance(pick(CURRENCIES)),
                utilization, agent);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static PricingRules withMoreCurrencies(PricingRules rules) {
        Map<String, BigDecimal> rates = new HashMap<>(rules.exchangeRates());
        rates.put("JPY", new BigDecimal("151.37"));
        rates.put("KWD", new BigDecimal("0.3072"));
        return new PricingRules(rules.baseCurrency(), rules.categories(), rules.surcharges(), rules.demandTiers(),
                rules.emptyLegDiscountPercent(), rules.servicePrices(), rules.taxes(), rules.platformFeePercent(),
                rules.defaultAgentCommissionPercent(), rates);
    }
}
