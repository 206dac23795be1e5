package com.jetops.api.booking;

import com.jetops.api.common.IcaoCode;
import java.time.Instant;
import java.util.List;

/** Offered empty legs by route (either end may be open) departing in [after, before). */
public record FindEmptyLegsQuery(IcaoCode from, IcaoCode to, Instant after, Instant before, int page, int size) {

    public record Page(List<EmptyLegView> items, int page, int size) {
    }
}
