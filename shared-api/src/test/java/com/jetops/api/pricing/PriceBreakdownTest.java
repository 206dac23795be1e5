package com.jetops.api.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.pricing.PriceBreakdown.LegFigures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceBreakdownTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final List<PriceLine> LINES = List.of(
            new PriceLine(PriceLineKind.BASE, "KTEB→KVNY 4.98 h × 6,200.00 USD", 0, Money.of("30896.67", "USD")),
            new PriceLine(PriceLineKind.TAX, "US-SEGMENT 6 pax × 5.40 USD", 0, Money.of("32.40", "USD")));
    private static final List<LegFigures> LEGS = List.of(new LegFigures(0, new IcaoCode("KTEB"), new IcaoCode("KVNY"),
            false, new BigDecimal("2129.4"), 299, new BigDecimal("4.9833")));

    @Test
    void acceptsABreakdownThatAddsUpAndReadsBackFromJson() throws Exception {
        PriceBreakdown breakdown = breakdown("30896.67", "32.40", "30929.07", "27807.00");

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue(json.writeValueAsString(breakdown), PriceBreakdown.class)).isEqualTo(breakdown);
    }

    @Test
    void refusesOneThatDoesNotAddUp() {
        assertThatThrownBy(() -> breakdown("30896.66", "32.40", "30929.06", "27806.99"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("subtotal");
        assertThatThrownBy(() -> breakdown("30896.67", "32.40", "30929.08", "27807.00"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("total");
        assertThatThrownBy(() -> breakdown("30896.67", "32.40", "30929.07", "27807.01"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("ownerEarnings");
    }

    private static PriceBreakdown breakdown(String subtotal, String taxes, String total, String ownerEarnings) {
        return new PriceBreakdown(USD, BigDecimal.ONE, LINES, Money.of(subtotal, "USD"), Money.of(taxes, "USD"),
                Money.of(total, "USD"), null, Money.of("0.00", "USD"), BigDecimal.TEN, Money.of("3089.67", "USD"),
                Money.of(ownerEarnings, "USD"), LEGS);
    }
}
