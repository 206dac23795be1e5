package com.jetops.api.pricing;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The operator's pricing rules as data, so they can be published as versioned events and a
 * quote can say which rules priced it. The pricer interprets them; nothing here computes a price.
 * <p>
 * Units: a "percent" is a percentage (7.5 means 7.5 %); every amount is in {@code baseCurrency};
 * exchange rates say how many units of a currency one unit of the base currency buys.
 * <p>
 * The nested records hold no checks of their own: this constructor checks them all, so a refusal
 * names the full path of the field at fault ({@code categories.LIGHT_JET.ferryRateFraction},
 * {@code taxes[1].perPassengerPerSegment}), which is what an operator editing the rules needs.
 *
 * @param categories                    how each aircraft category is billed; a category without
 *                                      a policy cannot be quoted
 * @param demandTiers                   ascending by utilization; the highest tier reached applies,
 *                                      none reached means a multiplier of 1
 * @param emptyLegDiscountPercent       off the base of a leg that matches a repositioning leg
 *                                      the operator has planned anyway
 * @param servicePrices                 price of one unit of each service (see {@link SpecialService}
 *                                      for the unit); a service without a price cannot be quoted
 * @param platformFeePercent            the platform's share of the subtotal
 * @param defaultAgentCommissionPercent an agent's share of the subtotal, unless agreed otherwise
 * @param exchangeRates                 ISO 4217 code to units per one base-currency unit; the base
 *                                      currency itself is 1 by definition and not listed
 */
public record PricingRules(
        Currency baseCurrency,
        Map<AircraftCategory, CategoryPolicy> categories,
        Surcharges surcharges,
        List<DemandTier> demandTiers,
        BigDecimal emptyLegDiscountPercent,
        Map<SpecialService, Money> servicePrices,
        List<TaxRule> taxes,
        BigDecimal platformFeePercent,
        BigDecimal defaultAgentCommissionPercent,
        Map<String, BigDecimal> exchangeRates) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Agent and platform take at most half each, so together never more than the subtotal. */
    private static final BigDecimal MAX_SHARE_PERCENT = BigDecimal.valueOf(50);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * @param taxiMinutesPerLeg          taxi, take-off and climb allowance added to each leg's flight time
     * @param minimumBillableHoursPerDay revenue hours billed at least per flight day (departure local date)
     * @param ferryRateFraction          a positioning leg costs this fraction of the hourly rate (0.75 = 75 %)
     * @param turnaroundMinutes          ground time between two legs; the quote uses it to plan legs
     * @param returnToBase               whether the aircraft flies home empty after the trip
     */
    public record CategoryPolicy(
            int taxiMinutesPerLeg,
            BigDecimal minimumBillableHoursPerDay,
            BigDecimal ferryRateFraction,
            int turnaroundMinutes,
            boolean returnToBase) {
    }

    /**
     * Percentages of a revenue leg's base.
     *
     * @param weekendPercent        departure local date (in the offset the client gave) is a Saturday or Sunday
     * @param peakSeasonPercent     departure local date falls in one of {@code peakSeasons}
     * @param lastMinuteWithinHours a departure less than this many hours after the quote is last-minute
     */
    public record Surcharges(
            BigDecimal weekendPercent,
            BigDecimal peakSeasonPercent,
            List<PeakSeason> peakSeasons,
            int lastMinuteWithinHours,
            BigDecimal lastMinutePercent) {

        public Surcharges {
            peakSeasons = copyOrNull(peakSeasons);
        }
    }

    /** A named range of departure dates, both ends included. */
    public record PeakSeason(String name, LocalDate firstDay, LocalDate lastDay) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }

    /** From this fleet utilization (0..1) on, the base is multiplied by {@code multiplier}. */
    public record DemandTier(BigDecimal minimumUtilization, BigDecimal multiplier) {
    }

    /**
     * A tax on legs with both airports in {@code country} (ISO 3166 alpha-2). Exactly one of
     * {@code percentOfTransport} (of the leg's transport charges) and {@code perPassengerPerSegment}
     * (per passenger on a revenue leg) is set.
     */
    public record TaxRule(
            String code,
            String description,
            String country,
            BigDecimal percentOfTransport,
            Money perPassengerPerSegment) {

        public static TaxRule percent(String code, String description, String country, String percent) {
            return new TaxRule(code, description, country, new BigDecimal(percent), null);
        }

        public static TaxRule perPassenger(String code, String description, String country, Money amount) {
            return new TaxRule(code, description, country, null, amount);
        }
    }

    public PricingRules {
        Require.present(baseCurrency, "baseCurrency");
        categories = checkedCategories(categories);
        checkSurcharges(surcharges);
        demandTiers = checkedDemandTiers(demandTiers);
        percent(emptyLegDiscountPercent, "emptyLegDiscountPercent", HUNDRED);
        servicePrices = checkedServicePrices(servicePrices, baseCurrency);
        taxes = checkedTaxes(taxes, baseCurrency);
        percent(platformFeePercent, "platformFeePercent", MAX_SHARE_PERCENT);
        percent(defaultAgentCommissionPercent, "defaultAgentCommissionPercent", MAX_SHARE_PERCENT);
        exchangeRates = checkedExchangeRates(exchangeRates, baseCurrency);
    }

    /**
     * The rules JetOps starts with: USD base, US taxes, European quotes in EUR, GBP or CHF.
     * <ul>
     *   <li>Per category (taxi min / minimum h per day / ferry fraction / turnaround min / home after trip):
     *       turboprop and very light jet 10 / 1.0 / 0.70 / 30 / yes; light jet 12 / 1.5 / 0.75 / 35 / yes;
     *       midsize 12 / 1.5 / 0.75 / 40 / yes; super midsize 15 / 2.0 / 0.75 / 45 / yes; heavy 15 / 2.0 /
     *       0.80 / 60 / no; ultra long range 20 / 2.5 / 0.80 / 75 / no; VIP airliner 25 / 3.0 / 0.85 / 90 / no.
     *       Large cabins are not flown home empty: the schedule repositions them, often as sold empty legs.</li>
     *   <li>Surcharges: weekend 10 %, peak season 15 % (Thanksgiving 2026, Christmas and New Year
     *       2026/27, Easter 2027, summer 2027, Christmas and New Year 2027/28), last-minute 20 % for a
     *       departure within 48 h of the quote.</li>
     *   <li>Demand: utilization from 70 % multiplies the base by 1.10, from 90 % by 1.25.</li>
     *   <li>Empty-leg match: 50 % off the base.</li>
     *   <li>Services: catering 45.00 per passenger per leg, ground transport 250.00 per trip end,
     *       customs handling 350.00 per international leg.</li>
     *   <li>Taxes: US federal excise tax on air transportation 7.5 % (26 U.S.C. 4261(a)) and the
     *       domestic segment fee 5.40 per passenger per segment (4261(b)), both on US domestic legs.</li>
     *   <li>Platform fee 10 %, agent commission 5 %; 1 USD = 0.92 EUR = 0.79 GBP = 0.88 CHF.</li>
     * </ul>
     */
    public static PricingRules defaults() {
        Currency usd = Currency.getInstance("USD");
        Map<AircraftCategory, CategoryPolicy> categories = new EnumMap<>(AircraftCategory.class);
        categories.put(AircraftCategory.TURBOPROP, policy(10, "1.0", "0.70", 30, true));
        categories.put(AircraftCategory.VERY_LIGHT_JET, policy(10, "1.0", "0.70", 30, true));
        categories.put(AircraftCategory.LIGHT_JET, policy(12, "1.5", "0.75", 35, true));
        categories.put(AircraftCategory.MIDSIZE_JET, policy(12, "1.5", "0.75", 40, true));
        categories.put(AircraftCategory.SUPER_MIDSIZE_JET, policy(15, "2.0", "0.75", 45, true));
        categories.put(AircraftCategory.HEAVY_JET, policy(15, "2.0", "0.80", 60, false));
        categories.put(AircraftCategory.ULTRA_LONG_RANGE_JET, policy(20, "2.5", "0.80", 75, false));
        categories.put(AircraftCategory.VIP_AIRLINER, policy(25, "3.0", "0.85", 90, false));
        Surcharges surcharges = new Surcharges(new BigDecimal("10"), new BigDecimal("15"), List.of(
                season("Thanksgiving 2026", "2026-11-24", "2026-11-30"),
                season("Christmas and New Year 2026/27", "2026-12-18", "2027-01-03"),
                season("Easter 2027", "2027-03-24", "2027-03-30"),
                season("Summer 2027", "2027-07-01", "2027-08-31"),
                season("Christmas and New Year 2027/28", "2027-12-17", "2028-01-03")),
                48, new BigDecimal("20"));
        List<DemandTier> demandTiers = List.of(
                new DemandTier(new BigDecimal("0.70"), new BigDecimal("1.10")),
                new DemandTier(new BigDecimal("0.90"), new BigDecimal("1.25")));
        Map<SpecialService, Money> services = new EnumMap<>(SpecialService.class);
        services.put(SpecialService.CATERING, Money.of("45.00", "USD"));
        services.put(SpecialService.GROUND_TRANSPORT, Money.of("250.00", "USD"));
        services.put(SpecialService.CUSTOMS_HANDLING, Money.of("350.00", "USD"));
        List<TaxRule> taxes = List.of(
                TaxRule.percent("US-FET", "US federal excise tax on air transportation", "US", "7.5"),
                TaxRule.perPassenger("US-SEGMENT", "US domestic flight segment fee", "US",
                        Money.of("5.40", "USD")));
        Map<String, BigDecimal> rates = Map.of(
                "EUR", new BigDecimal("0.92"), "GBP", new BigDecimal("0.79"), "CHF", new BigDecimal("0.88"));
        return new PricingRules(usd, categories, surcharges, demandTiers, new BigDecimal("50"), services, taxes,
                new BigDecimal("10"), new BigDecimal("5"), rates);
    }

    private static CategoryPolicy policy(int taxi, String minimumHours, String ferryFraction, int turnaround,
                                         boolean returnToBase) {
        return new CategoryPolicy(taxi, new BigDecimal(minimumHours), new BigDecimal(ferryFraction), turnaround,
                returnToBase);
    }

    private static PeakSeason season(String name, String firstDay, String lastDay) {
        return new PeakSeason(name, LocalDate.parse(firstDay), LocalDate.parse(lastDay));
    }

    // --- checks, each naming the full path of the field at fault ---

    private static Map<AircraftCategory, CategoryPolicy> checkedCategories(Map<AircraftCategory, CategoryPolicy> given) {
        Require.present(given, "categories");
        Map<AircraftCategory, CategoryPolicy> copy = new EnumMap<>(AircraftCategory.class);
        for (Map.Entry<AircraftCategory, CategoryPolicy> entry : given.entrySet()) {
            if (entry.getKey() == null) {
                throw invalid("categories", "a category policy needs a category");
            }
            String path = "categories." + entry.getKey().name();
            CategoryPolicy policy = Require.present(entry.getValue(), path);
            whole(policy.taxiMinutesPerLeg(), path + ".taxiMinutesPerLeg", 0, 120);
            range(policy.minimumBillableHoursPerDay(), path + ".minimumBillableHoursPerDay", BigDecimal.ZERO,
                    BigDecimal.valueOf(24));
            range(policy.ferryRateFraction(), path + ".ferryRateFraction", BigDecimal.ZERO, BigDecimal.ONE);
            whole(policy.turnaroundMinutes(), path + ".turnaroundMinutes", 0, 24 * 60);
            copy.put(entry.getKey(), policy);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void checkSurcharges(Surcharges surcharges) {
        Require.present(surcharges, "surcharges");
        percent(surcharges.weekendPercent(), "surcharges.weekendPercent", HUNDRED);
        percent(surcharges.peakSeasonPercent(), "surcharges.peakSeasonPercent", HUNDRED);
        percent(surcharges.lastMinutePercent(), "surcharges.lastMinutePercent", HUNDRED);
        whole(surcharges.lastMinuteWithinHours(), "surcharges.lastMinuteWithinHours", 0, 30 * 24);
        Require.present(surcharges.peakSeasons(), "surcharges.peakSeasons");
        for (int i = 0; i < surcharges.peakSeasons().size(); i++) {
            String path = "surcharges.peakSeasons[" + i + "]";
            PeakSeason season = Require.present(surcharges.peakSeasons().get(i), path);
            Require.text(season.name(), path + ".name", 80);
            Require.date(season.firstDay(), path + ".firstDay");
            Require.date(season.lastDay(), path + ".lastDay");
            if (season.lastDay().isBefore(season.firstDay())) {
                throw invalid(path + ".lastDay", "a peak season cannot end before it starts");
            }
        }
    }

    private static List<DemandTier> checkedDemandTiers(List<DemandTier> tiers) {
        Require.present(tiers, "demandTiers");
        DemandTier previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            String path = "demandTiers[" + i + "]";
            DemandTier tier = Require.present(tiers.get(i), path);
            range(tier.minimumUtilization(), path + ".minimumUtilization", BigDecimal.ZERO, BigDecimal.ONE);
            Require.present(tier.multiplier(), path + ".multiplier");
            if (tier.multiplier().compareTo(BigDecimal.ONE) < 0) {
                throw invalid(path + ".multiplier", "a demand multiplier is at least 1 (demand never lowers a price)");
            }
            if (previous != null && tier.minimumUtilization().compareTo(previous.minimumUtilization()) <= 0) {
                throw invalid(path + ".minimumUtilization", "demand tiers must be in ascending order of utilization");
            }
            if (previous != null && tier.multiplier().compareTo(previous.multiplier()) < 0) {
                throw invalid(path + ".multiplier", "a higher demand tier cannot have a lower multiplier");
            }
            previous = tier;
        }
        return List.copyOf(tiers);
    }

    private static Map<SpecialService, Money> checkedServicePrices(Map<SpecialService, Money> given, Currency base) {
        Require.present(given, "servicePrices");
        Map<SpecialService, Money> copy = new EnumMap<>(SpecialService.class);
        for (Map.Entry<SpecialService, Money> entry : given.entrySet()) {
            if (entry.getKey() == null) {
                throw invalid("servicePrices", "a service price needs a service");
            }
            String path = "servicePrices." + entry.getKey().name();
            copy.put(entry.getKey(), baseAmount(entry.getValue(), path, base));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<TaxRule> checkedTaxes(List<TaxRule> taxes, Currency base) {
        Require.present(taxes, "taxes");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < taxes.size(); i++) {
            String path = "taxes[" + i + "]";
            TaxRule tax = Require.present(taxes.get(i), path);
            if (!codes.add(Require.text(tax.code(), path + ".code", 20))) {
                throw invalid(path + ".code", "tax code " + tax.code() + " appears twice");
            }
            Require.text(tax.description(), path + ".description", 200);
            Require.present(tax.country(), path + ".country");
            Require.that(tax.country(), c -> COUNTRY.matcher(c).matches(), path + ".country",
                    "country must be an ISO 3166 alpha-2 code such as US");
            if ((tax.percentOfTransport() == null) == (tax.perPassengerPerSegment() == null)) {
                throw invalid(path, "a tax is either a percent of transport or an amount per passenger, exactly one");
            }
            if (tax.percentOfTransport() != null) {
                percent(tax.percentOfTransport(), path + ".percentOfTransport", HUNDRED);
            } else {
                baseAmount(tax.perPassengerPerSegment(), path + ".perPassengerPerSegment", base);
            }
        }
        return List.copyOf(taxes);
    }

    private static Map<String, BigDecimal> checkedExchangeRates(Map<String, BigDecimal> given, Currency base) {
        Require.present(given, "exchangeRates");
        Map<String, BigDecimal> copy = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            String code = entry.getKey();
            if (code == null) {
                throw invalid("exchangeRates", "an exchange rate needs a currency code");
            }
            String path = "exchangeRates." + code;
            Require.that(code, PricingRules::isIsoCurrency, path, code + " is not an ISO 4217 currency code");
            if (code.equals(base.getCurrencyCode())) {
                throw invalid(path, "the base currency is 1 by definition; leave it out of the rate table");
            }
            BigDecimal rate = Require.present(entry.getValue(), path);
            Require.that(rate, r -> r.signum() > 0, path, "an exchange rate must be positive");
            copy.put(code, rate);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isIsoCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Money baseAmount(Money amount, String path, Currency base) {
        Require.present(amount, path);
        Require.that(amount, m -> m.currency().equals(base), path, "amounts are in the base currency "
                + base.getCurrencyCode());
        return Require.that(amount, m -> m.amount().signum() >= 0, path, "an amount cannot be negative");
    }

    private static void percent(BigDecimal value, String path, BigDecimal max) {
        range(value, path, BigDecimal.ZERO, max);
    }

    private static void range(BigDecimal value, String path, BigDecimal min, BigDecimal max) {
        Require.present(value, path);
        Require.that(value, v -> v.compareTo(min) >= 0 && v.compareTo(max) <= 0, path,
                path + " must be between " + min.toPlainString() + " and " + max.toPlainString());
    }

    private static void whole(int value, String path, int min, int max) {
        Require.that(value, v -> v >= min && v <= max, path, path + " must be between " + min + " and " + max);
    }

    private static RuleViolationException invalid(String path, String message) {
        return new RuleViolationException(ErrorCode.INVALID_VALUE, path, message);
    }

    private static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
