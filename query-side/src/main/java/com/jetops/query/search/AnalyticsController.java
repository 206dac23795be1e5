package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.jetops.api.common.Require;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Booking analytics from Elasticsearch aggregations over the bookings index: bookings and
 * booked value per day, week or month of first departure, the top routes and the top clients.
 * Rejected and cancelled bookings do not count; values are summed per currency.
 */
@RestController
@RequestMapping("/analytics")
@Tag(name = "Analytics", description = "Bookings and booked value over time, top routes, top clients (Elasticsearch aggregations)")
class AnalyticsController {
    enum Interval { DAY, WEEK, MONTH }

    /** One bucket: its key (a date, a route or a client id), the bookings in it and their value per currency. */
    record Bucket(String key, long bookings, Map<String, BigDecimal> value) {
    }

    private static final List<FieldValue> NOT_BOOKED = List.of(FieldValue.of("REJECTED"), FieldValue.of("CANCELLED"));

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    AnalyticsController(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @GetMapping("/bookings")
    @Operation(summary = "Bookings and booked value per DAY, WEEK or MONTH of first departure in [from, to)")
    List<Bucket> overTime(@RequestParam(defaultValue = "MONTH") Interval interval,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) throws IOException {
        Require.that(to, t -> t.isAfter(from), "to", "to must be after from");
        Require.that(to, t -> interval != Interval.DAY || !t.isAfter(from.plusSeconds(400L * 86400)), "to",
                "daily buckets span at most 400 days");
        CalendarInterval calendar = switch (interval) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
        };
        SearchResponse<Void> response = client.search(s -> s.index(properties.indexPrefix() + "bookings")
                .ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(q -> q.bool(b -> b.mustNot(m -> m.terms(t -> t.field("status").terms(v -> v.value(NOT_BOOKED))))
                        .filter(f -> f.range(r -> r.date(d -> d.field("firstDeparture").gte(from.toString())
                                .lt(to.toString()))))))
                .aggregations("over", a -> a.dateHistogram(h -> h.field("firstDeparture").calendarInterval(calendar)
                                .format(interval == Interval.MONTH ? "yyyy-MM" : "yyyy-MM-dd"))
                        .aggregations("currency", byCurrency())), Void.class);
        Aggregate over = response.aggregations().get("over");
        List<Bucket> buckets = new ArrayList<>();
        if (over != null) {
            over.dateHistogram().buckets().array().forEach(bucket -> buckets.add(new Bucket(bucket.keyAsString(),
                    bucket.docCount(), values(bucket.aggregations().get("currency")))));
        }
        return buckets;
    }

    @GetMapping("/top-routes")
    @Operation(summary = "The routes booked most often, with their value per currency")
    List<Bucket> topRoutes(@RequestParam(defaultValue = "10") int size) throws IOException {
        return top("route.keyword", size);
    }

    @GetMapping("/top-clients")
    @Operation(summary = "The clients who booked most often, with their value per currency")
    List<Bucket> topClients(@RequestParam(defaultValue = "10") int size) throws IOException {
        return top("clientId", size);
    }

    private List<Bucket> top(String field, int size) throws IOException {
        Require.that(size, n -> n >= 1 && n <= 100, "size", "size must be between 1 and 100");
        SearchResponse<Void> response = client.search(s -> s.index(properties.indexPrefix() + "bookings")
                .ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(q -> q.bool(b -> b.mustNot(m -> m.terms(t -> t.field("status").terms(v -> v.value(NOT_BOOKED))))))
                .aggregations("top", a -> a.terms(t -> t.field(field).size(size))
                        .aggregations("currency", byCurrency())), Void.class);
        Aggregate top = response.aggregations().get("top");
        List<Bucket> buckets = new ArrayList<>();
        if (top != null) {
            for (StringTermsBucket bucket : top.sterms().buckets().array()) {
                buckets.add(new Bucket(bucket.key().stringValue(), bucket.docCount(),
                        values(bucket.aggregations().get("currency"))));
            }
        }
        return buckets;
    }

    private static co.elastic.clients.elasticsearch._types.aggregations.Aggregation byCurrency() {
        return co.elastic.clients.elasticsearch._types.aggregations.Aggregation.of(a -> a
                .terms(t -> t.field("total.currency").size(20))
                .aggregations("value", v -> v.sum(sum -> sum.field("total.amount"))));
    }

    /** Sums per currency, to the cent (the index keeps amounts as doubles: analytics, not accounting). */
    private static Map<String, BigDecimal> values(Aggregate byCurrency) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (StringTermsBucket bucket : byCurrency.sterms().buckets().array()) {
            values.put(bucket.key().stringValue(), BigDecimal.valueOf(bucket.aggregations().get("value").sum().value())
                    .setScale(2, RoundingMode.HALF_EVEN));
        }
        return values;
    }
}
