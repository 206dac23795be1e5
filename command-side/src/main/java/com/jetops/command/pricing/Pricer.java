package com.jetops.command.pricing;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceBreakdown.LegFigures;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;
import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.PricingRules.CategoryPolicy;
import com.jetops.api.pricing.PricingRules.DemandTier;
import com.jetops.api.pricing.PricingRules.PeakSeason;
import com.jetops.api.pricing.PricingRules.Surcharges;
import com.jetops.api.pricing.PricingRules.TaxRule;
import com.jetops.api.pricing.SpecialService;
import com.jetops.command.pricing.PricingRequest.Leg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a charter itinerary under a set of pricing rules. Pure and stateless: the same request
 * and rules always give the same breakdown.
 *
 * <h2>What is charged, in this order (all in the base currency, exactly)</h2>
 * For each leg, in itinerary order:
 * <ol>
 *   <li>Flight hours = {@link FlightTime#minutes flight minutes} ÷ 60.</li>
 *   <li>A revenue leg: {@code BASE} = hourly rate × flight hours. A ferry leg: {@code FERRY} =
 *       hourly rate × the category's ferry fraction × flight hours; in what follows, the "base"
 *       of a ferry leg is its ferry charge.</li>
 *   <li>{@code MINIMUM_BILLING_TOPUP}: per flight day (a revenue leg's departure local date, in the
 *       offset the client gave), if the revenue flight hours that day are under the category's
 *       minimum, the missing hours × hourly rate, on the first revenue leg of that day. Ferry hours
 *       neither count towards the minimum nor get topped up.</li>
 *   <li>{@code DEMAND} = base × (multiplier − 1), the multiplier of the highest demand tier the fleet
 *       utilization reaches (no line when none is reached). Applies to ferry legs too.</li>
 *   <li>{@code WEEKEND_SURCHARGE} (departure local date on a Saturday or Sunday) and
 *       {@code PEAK_SEASON_SURCHARGE} (departure local date in a peak season): percent of the base,
 *       revenue legs only.</li>
 *   <li>{@code LAST_MINUTE_SURCHARGE}: percent of the base when the leg departs less than the rules'
 *       hours after the quote. Applies to ferry legs too: short-notice positioning costs as much.</li>
 *   <li>{@code EMPTY_LEG_DISCOUNT}: minus a percent of the base on a revenue leg that matches a
 *       planned repositioning leg.</li>
 * </ol>
 * Top-up and surcharges are never multiplied by demand, and the discount never applies to them.
 * A leg's <em>transport charges</em> are the sum of the lines above for that leg. Then:
 * <ol start="8">
 *   <li>{@code SERVICE} lines, for requested services, revenue legs only: catering per passenger
 *       per leg, ground transport at the first revenue departure and the last revenue arrival,
 *       customs handling per international leg (airports in different countries).</li>
 *   <li>{@code TAX} lines, per leg and per tax rule whose country holds both airports of the leg:
 *       a percent of the leg's transport charges (services are not taxed), or an amount per
 *       passenger (none on a ferry leg).</li>
 * </ol>
 * Lines whose amount is zero are left out.
 *
 * <h2>Currency and rounding</h2>
 * Lines are computed exactly: hourly rate × minutes ÷ 60 is carried as a fraction, and percentages
 * only divide by 100, so nothing is rounded before a line is converted. Each line is then converted
 * on its own (amount × exchange rate) and rounded HALF_EVEN to the quote currency's minor unit, the
 * only rounding it gets. Subtotal (non-tax lines) and taxes are sums of the rounded lines, so the
 * lines always add up exactly.
 * <p>
 * Commission (subtotal × agent rate) and platform fee (subtotal × platform rate) are rounded
 * HALF_EVEN; owner earnings are the remainder, so {@code total = ownerEarnings + commission +
 * platformFee + taxes} holds to the minor unit. This is the PRD's formula (total = base ×
 * multipliers + surcharges − discounts; commission = total × rate; owner earnings = total −
 * commission − platform fee) with "total" read as the subtotal before taxes: taxes belong to the
 * state, so nobody earns a share of them.
 *
 * <h2>Refusals</h2>
 * Besides what {@link PricingRequest} refuses: a currency the rules have no rate for
 * ({@link ErrorCode#CURRENCY_NOT_SUPPORTED}), an aircraft category without a policy, an hourly
 * rate not in the base currency, a requested service without a price (all {@link ErrorCode#INVALID_VALUE}).
 */
public final class Pricer {

    public PriceBreakdown price(PricingRequest request, PricingRules rules) {
        if (request == null || rules == null) {
            throw new IllegalArgumentException("pricing needs a request and rules");
        }
        return new Pricing(request, rules).breakdown();
    }

    /**
     * One pricing run. Amounts are held as <em>sixtieths</em> of a base-currency unit (amount × 60):
     * rates are per hour and times in minutes, so hourly rate × minutes is exact, and percentages
     * only divide by 100. Nothing is rounded until a line is converted, and then only once.
     */
    private static final class Pricing {
        private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

        private final PricingRequest request;
        private final PricingRules rules;
        private final CategoryPolicy policy;
        private final Currency currency;
        private final BigDecimal exchangeRate;
        private final BigDecimal hourlyRate;
        private final List<Leg> legs;
        private final int[] flightMinutes;
        private final BigDecimal[] topUpMinutes;
        /** Per leg, in sixtieths: what the taxes on transport are a percentage of. */
        private final BigDecimal[] transport;
        private final List<Draft> drafts = new ArrayList<>();

        /** A line before conversion, in sixtieths of a base-currency unit, exact. */
        private record Draft(PriceLineKind kind, String description, Integer legIndex, BigDecimal sixtieths) {
        }

        Pricing(PricingRequest request, PricingRules rules) {
            this.request = request;
            this.rules = rules;
            this.currency = request.currency();
            this.exchangeRate = exchangeRate(rules, currency);
            this.policy = rules.categories().get(request.aircraft().category());
            if (policy == null) {
                throw new RuleViolationException(ErrorCode.INVALID_VALUE, "aircraft.category",
                        "the pricing rules have no policy for " + request.aircraft().category());
            }
            Money rate = request.aircraft().hourlyRate();
            if (!rate.currency().equals(rules.baseCurrency())) {
                throw new RuleViolationException(ErrorCode.INVALID_VALUE, "aircraft.hourlyRate",
                        "the hourly rate must be in the base currency " + rules.baseCurrency().getCurrencyCode());
            }
            for (SpecialService service : request.services()) {
                if (!rules.servicePrices().containsKey(service)) {
                    throw new RuleViolationException(ErrorCode.INVALID_VALUE, "services",
                            "the pricing rules have no price for " + service);
                }
            }
            this.hourlyRate = rate.amount();
            this.legs = request.legs();
            int n = legs.size();
            this.flightMinutes = new int[n];
            this.topUpMinutes = new BigDecimal[n];
            this.transport = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                Leg leg = legs.get(i);
                flightMinutes[i] = FlightTime.minutes(leg.from(), leg.to(), request.aircraft().cruiseSpeedKt(),
                        policy.taxiMinutesPerLeg());
                topUpMinutes[i] = BigDecimal.ZERO;
                transport[i] = BigDecimal.ZERO;
            }
        }

        private static BigDecimal exchangeRate(PricingRules rules, Currency currency) {
            if (currency.equals(rules.baseCurrency())) {
                return BigDecimal.ONE;
            }
            BigDecimal rate = rules.exchangeRates().get(currency.getCurrencyCode());
            if (rate == null) {
                throw new RuleViolationException(ErrorCode.CURRENCY_NOT_SUPPORTED, "currency",
                        "quotes cannot be made in " + currency.getCurrencyCode() + ": the pricing rules have no rate for it");
            }
            return rate;
        }

        PriceBreakdown breakdown() {
            planTopUps();
            for (int i = 0; i < legs.size(); i++) {
                chargeTransport(i);
            }
            chargeServices();
            chargeTaxes();
            return convert();
        }

        /** The daily minimum counts revenue minutes per departure local date; the top-up goes on that day's first leg. */
        private void planTopUps() {
            Map<LocalDate, List<Integer>> revenueLegsByDay = new LinkedHashMap<>();
            for (int i = 0; i < legs.size(); i++) {
                if (!legs.get(i).ferry()) {
                    revenueLegsByDay.computeIfAbsent(legs.get(i).departure().toLocalDate(), d -> new ArrayList<>()).add(i);
                }
            }
            BigDecimal minimumMinutes = policy.minimumBillableHoursPerDay().multiply(SIXTY);
            revenueLegsByDay.forEach((day, legIndexes) -> {
                int flown = legIndexes.stream().mapToInt(i -> flightMinutes[i]).sum();
                BigDecimal shortBy = minimumMinutes.subtract(BigDecimal.valueOf(flown));
                if (shortBy.signum() > 0) {
                    topUpMinutes[legIndexes.get(0)] = shortBy;
                }
            });
        }

        private void chargeTransport(int i) {
            Leg leg = legs.get(i);
            String route = route(leg);
            BigDecimal minutes = BigDecimal.valueOf(flightMinutes[i]);
            BigDecimal base;
            if (leg.ferry()) {
                BigDecimal ferryRate = hourlyRate.multiply(policy.ferryRateFraction());
                base = ferryRate.multiply(minutes);
                transportLine(i, PriceLineKind.FERRY, "Positioning " + route + " " + hours(minutes) + " × "
                        + shown(ferryRate.multiply(SIXTY)) + " (" + percent(policy.ferryRateFraction().movePointRight(2))
                        + " of the hourly rate)", base);
            } else {
                base = hourlyRate.multiply(minutes);
                transportLine(i, PriceLineKind.BASE, route + " " + hours(minutes) + " × " + shown(hourlyRate.multiply(SIXTY)),
                        base);
                if (topUpMinutes[i].signum() > 0) {
                    transportLine(i, PriceLineKind.MINIMUM_BILLING_TOPUP, "Daily minimum "
                            + policy.minimumBillableHoursPerDay().toPlainString() + " h on " + leg.departure().toLocalDate()
                            + ": " + hours(topUpMinutes[i]) + " × " + shown(hourlyRate.multiply(SIXTY)),
                            hourlyRate.multiply(topUpMinutes[i]));
                }
            }
            BigDecimal multiplier = demandMultiplier();
            transportLine(i, PriceLineKind.DEMAND, "Demand ×" + multiplier.toPlainString() + " at "
                    + percent(request.fleetUtilization().movePointRight(2)) + " fleet utilization, " + route,
                    base.multiply(multiplier.subtract(BigDecimal.ONE)));
            Surcharges surcharges = rules.surcharges();
            if (!leg.ferry()) {
                DayOfWeek day = leg.departure().getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    transportLine(i, PriceLineKind.WEEKEND_SURCHARGE, "Weekend departure ("
                            + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ") +"
                            + percent(surcharges.weekendPercent()) + ", " + route,
                            percentOf(base, surcharges.weekendPercent()));
                }
                peakSeason(leg.departure().toLocalDate()).ifPresent(season -> transportLine(i,
                        PriceLineKind.PEAK_SEASON_SURCHARGE, "Peak season " + season.name() + " +"
                                + percent(surcharges.peakSeasonPercent()) + ", " + route,
                        percentOf(base, surcharges.peakSeasonPercent())));
            }
            Instant lastMinuteUntil = request.quotedAt().plus(Duration.ofHours(surcharges.lastMinuteWithinHours()));
            if (leg.departure().toInstant().isBefore(lastMinuteUntil)) {
                transportLine(i, PriceLineKind.LAST_MINUTE_SURCHARGE, "Last-minute departure (within "
                        + surcharges.lastMinuteWithinHours() + " h of the quote) +"
                        + percent(surcharges.lastMinutePercent()) + ", " + route,
                        percentOf(base, surcharges.lastMinutePercent()));
            }
            if (leg.emptyLegMatch()) {
                transportLine(i, PriceLineKind.EMPTY_LEG_DISCOUNT, "Empty-leg match −"
                        + percent(rules.emptyLegDiscountPercent()) + ", " + route,
                        percentOf(base, rules.emptyLegDiscountPercent()).negate());
            }
        }

        private void transportLine(int legIndex, PriceLineKind kind, String description, BigDecimal sixtieths) {
            transport[legIndex] = transport[legIndex].add(sixtieths);
            draft(kind, description, legIndex, sixtieths);
        }

        private BigDecimal demandMultiplier() {
            BigDecimal multiplier = BigDecimal.ONE;
            for (DemandTier tier : rules.demandTiers()) {
                if (request.fleetUtilization().compareTo(tier.minimumUtilization()) >= 0) {
                    multiplier = tier.multiplier();
                }
            }
            return multiplier;
        }

        private Optional<PeakSeason> peakSeason(LocalDate date) {
            return rules.surcharges().peakSeasons().stream().filter(season -> season.contains(date)).findFirst();
        }

        private void chargeServices() {
            Map<SpecialService, Money> prices = rules.servicePrices();
            if (request.services().contains(SpecialService.CATERING)) {
                BigDecimal price = prices.get(SpecialService.CATERING).amount().multiply(SIXTY);
                for (int i = 0; i < legs.size(); i++) {
                    Leg leg = legs.get(i);
                    if (!leg.ferry()) {
                        draft(PriceLineKind.SERVICE, "Catering " + leg.passengers() + " pax × " + shown(price) + ", "
                                + route(leg), i, price.multiply(BigDecimal.valueOf(leg.passengers())));
                    }
                }
            }
            if (request.services().contains(SpecialService.GROUND_TRANSPORT)) {
                BigDecimal price = prices.get(SpecialService.GROUND_TRANSPORT).amount().multiply(SIXTY);
                int first = firstRevenueLeg();
                int last = lastRevenueLeg();
                draft(PriceLineKind.SERVICE, "Ground transport at " + legs.get(first).from().icao() + " (first departure)",
                        first, price);
                draft(PriceLineKind.SERVICE, "Ground transport at " + legs.get(last).to().icao() + " (last arrival)",
                        last, price);
            }
            if (request.services().contains(SpecialService.CUSTOMS_HANDLING)) {
                BigDecimal price = prices.get(SpecialService.CUSTOMS_HANDLING).amount().multiply(SIXTY);
                for (int i = 0; i < legs.size(); i++) {
                    Leg leg = legs.get(i);
                    if (!leg.ferry() && !leg.from().country().equals(leg.to().country())) {
                        draft(PriceLineKind.SERVICE, "Customs handling " + route(leg) + " (" + leg.from().country()
                                + "→" + leg.to().country() + ")", i, price);
                    }
                }
            }
        }

        private int firstRevenueLeg() {
            for (int i = 0; i < legs.size(); i++) {
                if (!legs.get(i).ferry()) {
                    return i;
                }
            }
            throw new IllegalStateException("PricingRequest guarantees a revenue leg");
        }

        private int lastRevenueLeg() {
            for (int i = legs.size() - 1; i >= 0; i--) {
                if (!legs.get(i).ferry()) {
                    return i;
                }
            }
            throw new IllegalStateException("PricingRequest guarantees a revenue leg");
        }

        private void chargeTaxes() {
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                for (TaxRule tax : rules.taxes()) {
                    if (!leg.from().country().equals(tax.country()) || !leg.to().country().equals(tax.country())) {
                        continue;
                    }
                    if (tax.percentOfTransport() != null) {
                        draft(PriceLineKind.TAX, tax.code() + " " + tax.description() + " "
                                + percent(tax.percentOfTransport()) + " of " + shown(transport[i]) + ", " + route(leg),
                                i, percentOf(transport[i], tax.percentOfTransport()));
                    } else {
                        BigDecimal perPassenger = tax.perPassengerPerSegment().amount().multiply(SIXTY);
                        draft(PriceLineKind.TAX, tax.code() + " " + tax.description() + " " + leg.passengers()
                                + " pax × " + shown(perPassenger) + ", " + route(leg),
                                i, perPassenger.multiply(BigDecimal.valueOf(leg.passengers())));
                    }
                }
            }
        }

        private void draft(PriceLineKind kind, String description, Integer legIndex, BigDecimal sixtieths) {
            if (sixtieths.signum() != 0) {
                drafts.add(new Draft(kind, description, legIndex, sixtieths));
            }
        }

        /** Converts and rounds each line on its own, then adds up the rounded lines. */
        private PriceBreakdown convert() {
            List<PriceLine> lines = new ArrayList<>();
            BigDecimal subtotal = zero();
            BigDecimal taxes = zero();
            for (Draft draft : drafts) {
                BigDecimal amount = inQuoteCurrency(draft.sixtieths());
                lines.add(new PriceLine(draft.kind(), draft.description(), draft.legIndex(), quoteMoney(amount)));
                if (draft.kind() == PriceLineKind.TAX) {
                    taxes = taxes.add(amount);
                } else {
                    subtotal = subtotal.add(amount);
                }
            }
            BigDecimal commissionPercent = request.agentCommissionPercent();
            BigDecimal commission = commissionPercent == null ? zero() : share(subtotal, commissionPercent);
            BigDecimal platformFee = share(subtotal, rules.platformFeePercent());
            BigDecimal ownerEarnings = subtotal.subtract(commission).subtract(platformFee);
            return new PriceBreakdown(currency, exchangeRate, lines, quoteMoney(subtotal), quoteMoney(taxes),
                    quoteMoney(subtotal.add(taxes)), commissionPercent, quoteMoney(commission),
                    rules.platformFeePercent(), quoteMoney(platformFee), quoteMoney(ownerEarnings), legFigures());
        }

        private List<LegFigures> legFigures() {
            List<LegFigures> figures = new ArrayList<>();
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                BigDecimal distance = BigDecimal.valueOf(leg.from().distanceNmTo(leg.to())).setScale(1, RoundingMode.HALF_EVEN);
                BigDecimal billableHours = BigDecimal.valueOf(flightMinutes[i]).add(topUpMinutes[i])
                        .divide(SIXTY, 4, RoundingMode.HALF_EVEN);
                figures.add(new LegFigures(i, leg.from().icao(), leg.to().icao(), leg.ferry(), distance,
                        flightMinutes[i], billableHours));
            }
            return figures;
        }

        /** The one rounding of a line: exact amount × rate, half-even to the quote currency's minor unit. */
        private BigDecimal inQuoteCurrency(BigDecimal sixtieths) {
            return sixtieths.multiply(exchangeRate).divide(SIXTY, currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        }

        private BigDecimal share(BigDecimal amount, BigDecimal percent) {
            return amount.multiply(percent).movePointLeft(2).setScale(currency.getDefaultFractionDigits(),
                    RoundingMode.HALF_EVEN);
        }

        private Money quoteMoney(BigDecimal amountInQuoteCurrency) {
            return new Money(amountInQuoteCurrency, currency);
        }

        private BigDecimal zero() {
            return BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        }

        private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
            return amount.multiply(percent).movePointLeft(2);
        }

        // --- what a person reads ---

        private static String route(Leg leg) {
            return leg.from().icao() + "→" + leg.to().icao();
        }

        private static String hours(BigDecimal minutes) {
            return minutes.divide(SIXTY, 2, RoundingMode.HALF_EVEN).toPlainString() + " h";
        }

        private static String percent(BigDecimal percent) {
            return percent.stripTrailingZeros().toPlainString() + "%";
        }

        /** An amount in sixtieths as the client sees it: converted, rounded, "6,200.00 USD". */
        private String shown(BigDecimal sixtieths) {
            int scale = currency.getDefaultFractionDigits();
            DecimalFormat format = new DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0",
                    DecimalFormatSymbols.getInstance(Locale.US));
            return format.format(inQuoteCurrency(sixtieths)) + " " + currency.getCurrencyCode();
        }
    }
}
