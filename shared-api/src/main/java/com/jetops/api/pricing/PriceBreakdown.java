package com.jetops.api.pricing;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.Require;
import com.jetops.api.common.RuleViolationException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A priced quote, line by line, in the quote currency. It adds up by construction, and this
 * constructor refuses one that does not:
 * <pre>
 *   subtotal      = sum of every line that is not a TAX line
 *   taxes         = sum of the TAX lines
 *   total         = subtotal + taxes
 *   ownerEarnings = subtotal − commission − platformFee
 * </pre>
 * so {@code total = ownerEarnings + commission + platformFee + taxes} to the minor unit.
 * Taxes are collected for the state and shared with nobody.
 *
 * @param exchangeRate           quote-currency units per base-currency unit (1 when the quote is in the base currency)
 * @param agentCommissionPercent the agent's share of the subtotal, null when no agent booked
 * @param commission             subtotal × agent rate, rounded half-even; zero without an agent
 * @param platformFee            subtotal × platform fee rate, rounded half-even
 * @param legs                   the figures behind the lines, one per leg, in itinerary order
 */
public record PriceBreakdown(
        Currency currency,
        BigDecimal exchangeRate,
        List<PriceLine> lines,
        Money subtotal,
        Money taxes,
        Money total,
        BigDecimal agentCommissionPercent,
        Money commission,
        BigDecimal platformFeePercent,
        Money platformFee,
        Money ownerEarnings,
        List<LegFigures> legs) {

    /**
     * @param distanceNm    great-circle distance, nautical miles, one decimal
     * @param flightMinutes flight time billed for the leg, taxi allowance included, whole minutes
     * @param billableHours flight hours plus any daily-minimum top-up hours attributed to the leg,
     *                      four decimals (amounts are computed from exact minutes, not from this)
     */
    public record LegFigures(
            int index,
            IcaoCode from,
            IcaoCode to,
            boolean ferry,
            BigDecimal distanceNm,
            int flightMinutes,
            BigDecimal billableHours) {
    }

    public PriceBreakdown {
        Require.present(currency, "currency");
        Require.present(exchangeRate, "exchangeRate");
        lines = List.copyOf(Require.present(lines, "lines"));
        legs = List.copyOf(Require.present(legs, "legs"));
        Require.present(platformFeePercent, "platformFeePercent");
        inCurrency(subtotal, "subtotal", currency);
        inCurrency(taxes, "taxes", currency);
        inCurrency(total, "total", currency);
        inCurrency(commission, "commission", currency);
        inCurrency(platformFee, "platformFee", currency);
        inCurrency(ownerEarnings, "ownerEarnings", currency);

        BigDecimal lineSubtotal = BigDecimal.ZERO;
        BigDecimal lineTaxes = BigDecimal.ZERO;
        for (PriceLine line : lines) {
            inCurrency(line.amount(), "lines", currency);
            if (line.kind() == PriceLineKind.TAX) {
                lineTaxes = lineTaxes.add(line.amount().amount());
            } else {
                lineSubtotal = lineSubtotal.add(line.amount().amount());
            }
        }
        adds(subtotal, lineSubtotal, "subtotal", "the sum of its non-tax lines");
        adds(taxes, lineTaxes, "taxes", "the sum of its tax lines");
        adds(total, subtotal.amount().add(taxes.amount()), "total", "subtotal + taxes");
        adds(ownerEarnings, subtotal.amount().subtract(commission.amount()).subtract(platformFee.amount()),
                "ownerEarnings", "subtotal − commission − platform fee");
    }

    private static void inCurrency(Money money, String field, Currency currency) {
        Require.present(money, field);
        Require.that(money, m -> m.currency().equals(currency), field,
                field + " must be in the quote currency " + currency.getCurrencyCode());
    }

    private static void adds(Money stated, BigDecimal computed, String field, String what) {
        if (stated.amount().compareTo(computed) != 0) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, field,
                    field + " " + stated + " is not " + what + " (" + computed.toPlainString() + ")");
        }
    }
}
