package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;
import java.time.OffsetDateTime;

/** One leg as the client asks for it: the departure keeps the offset the client gave (weekend surcharges use it). */
public record ItineraryLeg(IcaoCode from, IcaoCode to, OffsetDateTime departure, int passengers) {
}
