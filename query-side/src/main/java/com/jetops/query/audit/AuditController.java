package com.jetops.query.audit;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.Require;
import com.jetops.platform.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Instant;
import java.util.regex.Pattern;

@RestController
@RequestMapping("/audit")
@Tag(name = "Audit", description = "The event store as auditors read it: every event, why it happened, in order")
class AuditController {
    private static final int MAX_PAGE_SIZE = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,99}");

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Events by aggregate type and id, event type, the user who caused them (user id), trace "
            + "(one request's whole chain) and time range [from, to), in store order; page on with after = the "
            + "previous page's next")
    AuditPage search(@RequestParam(required = false) String aggregateType,
                     @RequestParam(required = false) String aggregateId,
                     @RequestParam(required = false) String eventType,
                     @RequestParam(required = false) String traceId,
                     @RequestParam(required = false) String user,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                     @RequestParam(defaultValue = "0") long after,
                     @RequestParam(defaultValue = "50") int size) {
        AggregateKind kind = aggregateType == null ? null : Require.that(AggregateKind.fromPath(aggregateType),
                k -> k != null, "aggregateType", "aggregateType is one of " + AggregateKind.paths());
        checkRange(from, to);
        return trail.search(new AuditQuery(kind, identifier(aggregateId, "aggregateId"),
                eventName(eventType),
                identifier(traceId, "traceId"), identifier(user, "user"), from, to, cursor(after), pageSize(size)));
    }

    @GetMapping("/{aggregateType}/{id}/history")
    @Operation(summary = "One aggregate's full history in order (aircraft, crew, flights, quotes, maintenance, "
            + "clients, invoices, pricing); page on with after = the previous page's next")
    ResponseEntity<Object> history(@PathVariable("aggregateType") String aggregateType, @PathVariable("id") String id,
                                   @RequestParam(defaultValue = "-1") long after,
                                   @RequestParam(defaultValue = "100") int size) {
        AggregateKind kind = AggregateKind.fromPath(aggregateType);
        if (kind == null) {
            return notFound("No aggregate type " + aggregateType + "; one of " + AggregateKind.paths());
        }
        String aggregateId = Require.present(identifier(id, "id"), "id");
        Require.that(after, a -> a >= -1, "after", "after is a sequence number (-1 for the start)");
        AuditPage page = trail.history(kind, aggregateId, after, pageSize(size));
        if (page.entries().isEmpty() && after == -1) {
            return notFound("No " + aggregateType + " " + aggregateId);
        }
        return ResponseEntity.ok(page);
    }

    @GetMapping(value = "/export", produces = "application/x-ndjson")
    @Operation(summary = "Every event in [from, to) as newline-delimited JSON, streamed in constant memory")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        checkRange(from, to);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(out -> trail.export(from, to, out));
    }

    private static void checkRange(Instant from, Instant to) {
        if (from != null && to != null) {
            Require.that(to, t -> t.isAfter(from), "to", "to must be after from");
        }
    }

    private static String identifier(String value, String field) {
        return value == null ? null : Require.that(value, v -> IDENTIFIER.matcher(v).matches(), field,
                field + " is 1 to 100 letters, digits, '-' or '_'");
    }

    private static String eventName(String value) {
        return value == null ? null : Require.that(value, v -> EVENT_NAME.matcher(v).matches(), "eventType",
                "eventType is an event's name, e.g. BookingConfirmedEvent");
    }

    private static long cursor(long after) {
        return Require.that(after, a -> a >= 0, "after", "after is a global index (0 for the start)");
    }

    private static int pageSize(int size) {
        return Require.that(size, s -> s >= 1 && s <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
    }

    private static ResponseEntity<Object> notFound(String detail) {
        return ProblemResponses.respondWith(new Refusal(ErrorCode.NOT_FOUND, null, detail));
    }
}
