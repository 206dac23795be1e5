package com.jetops.query.booking;

import com.jetops.api.booking.FindEmptyLegsQuery;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Require;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@Tag(name = "Flights")
class EmptyLegController {
    private final QueryGateway queryGateway;

    EmptyLegController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/empty-legs")
    @Operation(summary = "Positioning legs of confirmed bookings offered at the empty-leg discount, by route and departure")
    FindEmptyLegsQuery.Page find(@RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant after,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant before,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        Require.that(page, p -> p >= 0 && p <= 10_000, "page", "page must be between 0 and 10000");
        Require.that(size, s -> s >= 1 && s <= 200, "size", "size must be between 1 and 200");
        return queryGateway.query(new FindEmptyLegsQuery(
                        from == null ? null : Require.parsed("from", () -> new IcaoCode(from)),
                        to == null ? null : Require.parsed("to", () -> new IcaoCode(to)), after, before, page, size),
                ResponseTypes.instanceOf(FindEmptyLegsQuery.Page.class)).join();
    }
}
