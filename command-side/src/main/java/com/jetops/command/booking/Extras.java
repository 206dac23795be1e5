package com.jetops.command.booking;

import com.jetops.api.booking.BookingExtraAddedEvent;
import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The quoted price with the trip's actual extras added as lines. Extras join the subtotal
 * (untaxed: they are not air transportation) and are shared like the rest: commission and
 * platform fee are taken again on the new subtotal, the owner keeps the remainder, so the
 * invoice still adds up to the cent.
 */
final class Extras {
    private Extras() {
    }

    static PriceBreakdown added(PriceBreakdown quoted, List<BookingExtraAddedEvent> extras) {
        if (extras.isEmpty()) {
            return quoted;
        }
        List<PriceLine> lines = new ArrayList<>(quoted.lines());
        BigDecimal subtotal = quoted.subtotal().amount();
        for (BookingExtraAddedEvent extra : extras) {
            lines.add(new PriceLine(PriceLineKind.EXTRA, extra.description(), null, extra.amount()));
            subtotal = subtotal.add(extra.amount().amount());
        }
        Money newSubtotal = money(subtotal, quoted);
        Money commission = quoted.agentCommissionPercent() == null ? money(BigDecimal.ZERO, quoted)
                : newSubtotal.percent(quoted.agentCommissionPercent());
        Money platformFee = newSubtotal.percent(quoted.platformFeePercent());
        Money owner = money(subtotal.subtract(commission.amount()).subtract(platformFee.amount()), quoted);
        return new PriceBreakdown(quoted.currency(), quoted.exchangeRate(), lines, newSubtotal, quoted.taxes(),
                money(subtotal.add(quoted.taxes().amount()), quoted), quoted.agentCommissionPercent(), commission,
                quoted.platformFeePercent(), platformFee, owner, quoted.legs());
    }

    private static Money money(BigDecimal amount, PriceBreakdown quoted) {
        return new Money(amount, quoted.currency());
    }
}
