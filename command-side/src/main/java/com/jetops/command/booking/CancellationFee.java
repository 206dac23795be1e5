package com.jetops.command.booking;

import com.jetops.api.common.Money;
import com.jetops.api.pricing.PriceBreakdown;
import com.jetops.api.pricing.PriceLine;
import com.jetops.api.pricing.PriceLineKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * The price of a cancellation: one fee line, no tax (no flight is flown), split between agent,
 * platform and owner at the booking's rates, the owner keeping the remainder so it adds up.
 */
final class CancellationFee {
    private CancellationFee() {
    }

    static PriceBreakdown priced(PriceBreakdown booked, Money fee, BigDecimal feePercent) {
        Money zero = new Money(BigDecimal.ZERO, fee.currency());
        Money commission = booked.agentCommissionPercent() == null ? zero : fee.percent(booked.agentCommissionPercent());
        Money platformFee = fee.percent(booked.platformFeePercent());
        Money owner = new Money(fee.amount().subtract(commission.amount()).subtract(platformFee.amount()), fee.currency());
        PriceLine line = new PriceLine(PriceLineKind.CANCELLATION_FEE,
                "Cancellation fee: " + feePercent.stripTrailingZeros().toPlainString() + " % of " + booked.subtotal(),
                null, fee);
        return new PriceBreakdown(fee.currency(), booked.exchangeRate(), List.of(line), fee, zero, fee,
                booked.agentCommissionPercent(), commission, booked.platformFeePercent(), platformFee, owner, List.of());
    }
}
