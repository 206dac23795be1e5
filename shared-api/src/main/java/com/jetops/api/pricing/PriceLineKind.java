package com.jetops.api.pricing;

/** What a line of a price breakdown charges for. Every kind but {@link #TAX} counts towards the subtotal. */
public enum PriceLineKind {
    /** Hourly rate × flight hours of a revenue leg. */
    BASE,
    /** Hourly rate × ferry fraction × flight hours of a positioning leg. */
    FERRY,
    /** Hours short of the category's daily minimum, billed at the hourly rate. */
    MINIMUM_BILLING_TOPUP,
    /** Base × (demand multiplier − 1). */
    DEMAND,
    WEEKEND_SURCHARGE,
    PEAK_SEASON_SURCHARGE,
    LAST_MINUTE_SURCHARGE,
    /** Negative: a share of the base off a leg the operator was going to fly empty anyway. */
    EMPTY_LEG_DISCOUNT,
    SERVICE,
    /** A cost incurred on the trip beyond the quote (de-icing, an extra night's crew hotel), billed as reported. */
    EXTRA,
    /** A share of a cancelled booking's subtotal, by the notice given (the only line of a cancellation invoice). */
    CANCELLATION_FEE,
    TAX
}
