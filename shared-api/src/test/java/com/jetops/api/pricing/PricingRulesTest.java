package com.jetops.api.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.PricingRules.CategoryPolicy;
import com.jetops.api.pricing.PricingRules.DemandTier;
import com.jetops.api.pricing.PricingRules.PeakSeason;
import com.jetops.api.pricing.PricingRules.Surcharges;
import com.jetops.api.pricing.PricingRules.TaxRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricingRulesTest {
    private static final PricingRules DEFAULTS = PricingRules.defaults();

    @Test
    void defaultsHoldTheDocumentedFigures() {
        assertThat(DEFAULTS.baseCurrency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(DEFAULTS.categories()).containsOnlyKeys(AircraftCategory.values());
        assertThat(DEFAULTS.categories().get(AircraftCategory.LIGHT_JET))
                .isEqualTo(new CategoryPolicy(12, new BigDecimal("1.5"), new BigDecimal("0.75"), 35, true));
        assertThat(DEFAULTS.surcharges().lastMinuteWithinHours()).isEqualTo(48);
        assertThat(DEFAULTS.demandTiers()).extracting(DemandTier::multiplier)
                .containsExactly(new BigDecimal("1.10"), new BigDecimal("1.25"));
        assertThat(DEFAULTS.servicePrices()).containsOnlyKeys(SpecialService.values());
        assertThat(DEFAULTS.taxes()).extracting(TaxRule::code).containsExactly("US-FET", "US-SEGMENT");
        assertThat(DEFAULTS.taxes().get(1).perPassengerPerSegment()).isEqualTo(Money.of("5.40", "USD"));
        assertThat(DEFAULTS.exchangeRates()).containsOnlyKeys("CHF", "EUR", "GBP");
    }

    /** The rules will be published as events: what is written must read back equal. */
    @Test
    void roundTripsThroughJackson() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        String written = json.writeValueAsString(DEFAULTS);

        assertThat(written).contains("\"baseCurrency\":\"USD\"", "\"firstDay\":\"2026-12-18\"",
                "\"CATERING\":{\"amount\":\"45.00\",\"currency\":\"USD\"}",
                "\"exchangeRates\":{\"CHF\":0.88,\"EUR\":0.92,\"GBP\":0.79}");
        assertThat(json.readValue(written, PricingRules.class)).isEqualTo(DEFAULTS);
    }

    @Test
    void peakSeasonsIncludeBothEnds() {
        PeakSeason christmas = DEFAULTS.surcharges().peakSeasons().get(1);
        assertThat(christmas.contains(LocalDate.parse("2026-12-18"))).isTrue();
        assertThat(christmas.contains(LocalDate.parse("2027-01-03"))).isTrue();
        assertThat(christmas.contains(LocalDate.parse("2026-12-17"))).isFalse();
        assertThat(christmas.contains(LocalDate.parse("2027-01-04"))).isFalse();
    }

    @Test
    void refusesNonsenseNamingTheFullPath() {
        refused(r -> r.surcharges = new Surcharges(new BigDecimal("-1"), BigDecimal.TEN, List.of(), 48, BigDecimal.TEN),
                "surcharges.weekendPercent");
        refused(r -> r.surcharges = new Surcharges(BigDecimal.TEN, BigDecimal.TEN, List.of(
                        new PeakSeason("Backwards", LocalDate.parse("2027-01-03"), LocalDate.parse("2026-12-18"))),
                        48, BigDecimal.TEN),
                "surcharges.peakSeasons[0].lastDay");
        refused(r -> r.categories.put(AircraftCategory.LIGHT_JET,
                new CategoryPolicy(12, new BigDecimal("1.5"), new BigDecimal("1.2"), 35, true)),
                "categories.LIGHT_JET.ferryRateFraction");
        refused(r -> r.categories.put(AircraftCategory.HEAVY_JET,
                new CategoryPolicy(-1, new BigDecimal("2"), new BigDecimal("0.8"), 60, false)),
                "categories.HEAVY_JET.taxiMinutesPerLeg");
        refused(r -> r.demandTiers = List.of(tier("0.90", "1.25"), tier("0.70", "1.30")),
                "demandTiers[1].minimumUtilization");
        refused(r -> r.demandTiers = List.of(tier("0.70", "1.25"), tier("0.90", "1.10")), "demandTiers[1].multiplier");
        refused(r -> r.demandTiers = List.of(tier("0.70", "0.90")), "demandTiers[0].multiplier");
        refused(r -> r.demandTiers = List.of(tier("1.5", "1.10")), "demandTiers[0].minimumUtilization");
        refused(r -> r.emptyLegDiscountPercent = new BigDecimal("101"), "emptyLegDiscountPercent");
        refused(r -> r.servicePrices.put(SpecialService.CATERING, Money.of("45.00", "EUR")), "servicePrices.CATERING");
        refused(r -> r.servicePrices.put(SpecialService.CATERING, Money.of("-1.00", "USD")), "servicePrices.CATERING");
        refused(r -> r.taxes.add(new TaxRule("XX", "Both", "US", BigDecimal.ONE, Money.of("1.00", "USD"))), "taxes[2]");
        refused(r -> r.taxes.add(new TaxRule("XX", "Neither", "US", null, null)), "taxes[2]");
        refused(r -> r.taxes.add(TaxRule.percent("US-FET", "Again", "US", "7.5")), "taxes[2].code");
        refused(r -> r.taxes.add(TaxRule.percent("FR-TVA", "VAT", "France", "20")), "taxes[2].country");
        refused(r -> r.taxes.add(TaxRule.perPassenger("GB-APD", "Air passenger duty", "GB", Money.of("100", "GBP"))),
                "taxes[2].perPassengerPerSegment");
        refused(r -> r.platformFeePercent = new BigDecimal("51"), "platformFeePercent");
        refused(r -> r.defaultAgentCommissionPercent = new BigDecimal("-5"), "defaultAgentCommissionPercent");
        refused(r -> r.exchangeRates.put("USD", BigDecimal.ONE), "exchangeRates.USD");
        refused(r -> r.exchangeRates.put("eur", new BigDecimal("0.92")), "exchangeRates.eur");
        refused(r -> r.exchangeRates.put("XYZ", new BigDecimal("0.92")), "exchangeRates.XYZ");
        refused(r -> r.exchangeRates.put("JPY", BigDecimal.ZERO), "exchangeRates.JPY");
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new Editable().with(r -> r.taxes = null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_VALUE);
                    assertThat(e.refusal().field()).isEqualTo("taxes");
                });
    }

    @Test
    void keepsNoReferenceToTheListsAndMapsItWasGiven() {
        Editable editable = new Editable();
        PricingRules rules = editable.with(r -> { });
        editable.exchangeRates.put("JPY", new BigDecimal("151"));
        editable.taxes.clear();

        assertThat(rules.exchangeRates()).doesNotContainKey("JPY");
        assertThat(rules.taxes()).hasSize(2);
        assertThatThrownBy(() -> rules.taxes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void refused(Consumer<Editable> change, String field) {
        assertThatThrownBy(() -> new Editable().with(change))
                .as(field)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(e.refusal().field()).isEqualTo(field);
                });
    }

    private static DemandTier tier(String utilization, String multiplier) {
        return new DemandTier(new BigDecimal(utilization), new BigDecimal(multiplier));
    }

    /** The defaults, copied into fields a test can change before building rules. */
    private static final class Editable {
        Map<AircraftCategory, CategoryPolicy> categories = new EnumMap<>(DEFAULTS.categories());
        Surcharges surcharges = DEFAULTS.surcharges();
        List<DemandTier> demandTiers = DEFAULTS.demandTiers();
        BigDecimal emptyLegDiscountPercent = DEFAULTS.emptyLegDiscountPercent();
        Map<SpecialService, Money> servicePrices = new EnumMap<>(DEFAULTS.servicePrices());
        List<TaxRule> taxes = new ArrayList<>(DEFAULTS.taxes());
        BigDecimal platformFeePercent = DEFAULTS.platformFeePercent();
        BigDecimal defaultAgentCommissionPercent = DEFAULTS.defaultAgentCommissionPercent();
        Map<String, BigDecimal> exchangeRates = new HashMap<>(DEFAULTS.exchangeRates());

        PricingRules with(Consumer<Editable> change) {
            change.accept(this);
            return new PricingRules(DEFAULTS.baseCurrency(), categories, surcharges, demandTiers,
                    emptyLegDiscountPercent, servicePrices, taxes, platformFeePercent, defaultAgentCommissionPercent,
                    exchangeRates);
        }
    }
}
