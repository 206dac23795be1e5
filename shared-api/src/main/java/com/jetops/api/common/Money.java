package com.jetops.api.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount in one currency, held at the currency's minor-unit scale (USD: 2 decimals), so
 * sums add up to the cent. Serialized as {@code {"amount":"6500.00","currency":"USD"}}.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) {

    /** Integer digits a JetOps amount may have: trillions, far beyond any charter bill, and cheap to check. */
    static final int MAX_INTEGER_DIGITS = 13;

    public Money {
        Require.present(amount, "amount");
        Require.present(currency, "currency");
        // Checked before any arithmetic: "1e999999999" would otherwise cost minutes of CPU.
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "amount",
                    "amount has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        int scale = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new RuleViolationException(ErrorCode.INVALID_VALUE, "amount",
                    "amount has more decimals than " + currency.getCurrencyCode() + " allows (" + scale + ")");
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    /** {@code percent} % of this amount, rounded half-even to the currency's minor unit. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(BigDecimal.valueOf(100), currency.getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN), currency);
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
