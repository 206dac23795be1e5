package com.jetops.command.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * How the operator plans trips and treats cancellations ({@code jetops.booking.*}). Prices are
 * not here: they are pricing rules, published as events.
 *
 * @param quoteValidity      how long a quote can be booked (never past its first departure)
 * @param rangeReserveFactor a leg's great-circle distance times this must be within the aircraft's range
 * @param crewReport         crew report this long before a duty's first departure
 * @param crewRelease        and are released this long after its last arrival
 * @param restBetweenDuties  ground time from which the crew rests and a new duty period begins
 * @param cabinCrewFromSeats aircraft with this many seats or more fly with a flight attendant
 * @param paymentTerms       an invoice is due this long after it is issued
 * @param cancellation       fee tiers by notice before the first departure, longest notice first
 * @param emptyLegFlex       a one-way request matches an empty leg departing this much earlier or later
 */
@ConfigurationProperties("jetops.booking")
public record BookingProperties(
        @DefaultValue("24h") Duration quoteValidity,
        @DefaultValue("1.05") BigDecimal rangeReserveFactor,
        @DefaultValue("60m") Duration crewReport,
        @DefaultValue("30m") Duration crewRelease,
        @DefaultValue("10h") Duration restBetweenDuties,
        @DefaultValue("10") int cabinCrewFromSeats,
        @DefaultValue("14d") Duration paymentTerms,
        List<CancellationTier> cancellation,
        @DefaultValue("3h") Duration emptyLegFlex) {

    /** Default policy: free more than 7 days out, 50 % from 7 days to 48 h, 100 % inside 48 h. */
    private static final List<CancellationTier> DEFAULT_CANCELLATION = List.of(
            new CancellationTier(Duration.ofDays(7), BigDecimal.ZERO),
            new CancellationTier(Duration.ofHours(48), BigDecimal.valueOf(50)),
            new CancellationTier(Duration.ZERO, BigDecimal.valueOf(100)));

    /** A fee of {@code percent} of the subtotal when cancelled with at least {@code notice} to go. */
    public record CancellationTier(Duration notice, BigDecimal percent) {
    }

    public BookingProperties {
        cancellation = cancellation == null || cancellation.isEmpty() ? DEFAULT_CANCELLATION
                : cancellation.stream().sorted((a, b) -> b.notice().compareTo(a.notice())).toList();
        if (!cancellation.get(cancellation.size() - 1).notice().isZero()) {
            throw new IllegalArgumentException("jetops.booking.cancellation needs a tier with notice 0");
        }
    }

    /** The tier for a cancellation {@code notice} before departure (a negative notice: departed, the last tier). */
    public CancellationTier cancellationTier(Duration notice) {
        return cancellation.stream().filter(tier -> notice.compareTo(tier.notice()) >= 0).findFirst()
                .orElse(cancellation.get(cancellation.size() - 1));
    }

    public static BookingProperties defaults() {
        return new BookingProperties(Duration.ofHours(24), new BigDecimal("1.05"), Duration.ofMinutes(60),
                Duration.ofMinutes(30), Duration.ofHours(10), 10, Duration.ofDays(14), null, Duration.ofHours(3));
    }
}
