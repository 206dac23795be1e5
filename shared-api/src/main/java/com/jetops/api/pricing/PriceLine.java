package com.jetops.api.pricing;

import com.jetops.api.common.Money;
import com.jetops.api.common.Require;

/**
 * One line of a price breakdown.
 *
 * @param description what a person reads on the quote, e.g. "KTEB→KVNY 4.98 h × 6,200.00 USD"
 * @param legIndex    0-based index of the leg the line belongs to, or null for a line of the whole trip
 * @param amount      in the quote currency; discounts are negative
 */
public record PriceLine(PriceLineKind kind, String description, Integer legIndex, Money amount) {

    public PriceLine {
        Require.present(kind, "kind");
        Require.text(description, "description", 300);
        Require.that(legIndex, i -> i == null || i >= 0, "legIndex", "legIndex cannot be negative");
        Require.present(amount, "amount");
    }
}
