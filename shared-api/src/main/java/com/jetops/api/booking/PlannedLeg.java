package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;

/**
 * A leg as the operator will fly it: revenue legs from the itinerary and positioning legs
 * (no passengers) that bring the aircraft to the trip and, by policy, back to base.
 * {@code arrival} is the planned block-on: departure plus the planned flight time.
 */
public record PlannedLeg(int index, IcaoCode from, IcaoCode to, Instant departure, Instant arrival, int passengers,
                         boolean positioning) {
}
