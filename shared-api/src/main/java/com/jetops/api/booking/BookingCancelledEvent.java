package com.jetops.api.booking;

import com.jetops.api.common.Money;
import java.math.BigDecimal;

/**
 * Cancelled with {@code noticeHours} before the first departure; {@code fee} is
 * {@code feePercent} of the booking's subtotal (taxes are not owed on a flight not flown).
 */
public record BookingCancelledEvent(
        BookingId bookingId,
        String reason,
        long noticeHours,
        BigDecimal feePercent,
        Money fee) {
}
