package com.jetops.query.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The names the API uses for aggregates, and the aggregate types the event store records. */
enum AggregateKind {
    AIRCRAFT("aircraft", "Aircraft"),
    CREW("crew", "CrewMember"),
    FLIGHTS("flights", "Booking"),
    QUOTES("quotes", "Quote"),
    MAINTENANCE("maintenance", "MaintenanceItem"),
    CLIENTS("clients", "Client"),
    INVOICES("invoices", "Invoice"),
    PRICING("pricing", "PricingPolicy");

    private final String path;
    private final String aggregateType;

    AggregateKind(String path, String aggregateType) {
        this.path = path;
        this.aggregateType = aggregateType;
    }

    String aggregateType() {
        return aggregateType;
    }

    static AggregateKind fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst().orElse(null);
    }

    static String paths() {
        return Arrays.stream(values()).map(k -> k.path).collect(Collectors.joining(", "));
    }
}
