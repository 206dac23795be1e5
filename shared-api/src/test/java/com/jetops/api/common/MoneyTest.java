package com.jetops.api.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void holdsAmountsAtTheCurrencyMinorUnitScale() {
        assertThat(Money.of("6500", "USD").amount()).isEqualTo(new BigDecimal("6500.00"));
        assertThat(Money.of("6500.5", "EUR").amount()).isEqualTo(new BigDecimal("6500.50"));
        assertThat(Money.of("1200", "JPY").amount()).isEqualTo(new BigDecimal("1200"));
    }

    @Test
    void refusesFractionsOfTheMinorUnit() {
        assertThatThrownBy(() -> Money.of("10.005", "USD"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusal().field()).isEqualTo("amount"));
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new Money(null, java.util.Currency.getInstance("USD")))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo(ErrorCode.MISSING_VALUE);
    }

    @Test
    void serializesAsAmountStringAndCurrencyCodeOnly() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();

        String written = json.writeValueAsString(Money.of("6500", "USD"));

        assertThat(written).isEqualTo("{\"amount\":\"6500.00\",\"currency\":\"USD\"}");
        assertThat(json.readValue(written, Money.class)).isEqualTo(Money.of("6500.00", "USD"));
    }

    @Test
    void refusesAbsurdMagnitudesBeforeDoingArithmetic() {
        assertThatThrownBy(() -> Money.of("1e999999999", "USD"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusal().field()).isEqualTo("amount"));
        assertThat(Money.of("9999999999999.99", "USD").amount()).isEqualByComparingTo("9999999999999.99");
    }
}
