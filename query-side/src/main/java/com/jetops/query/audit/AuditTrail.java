package com.jetops.query.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.platform.privacy.PersonalDataCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail is the event store itself, read as it is: every event with the metadata Axon
 * and the command side attach (which message caused it, the chain it belongs to). Nothing is
 * projected, so nothing can be missing or rewritten. Searches page by global index (a cursor,
 * not an offset) and the export streams through a database cursor in constant memory.
 */
@Component
class AuditTrail {
    /** Event columns with payload and metadata as text; the store keeps them as UTF-8 JSON. */
    private static final String COLUMNS = """
            select global_index, type, aggregate_identifier, sequence_number, payload_type, time_stamp,
                   convert_from(payload, 'UTF8') as payload, convert_from(meta_data, 'UTF8') as meta_data
              from public.domain_event_entry""";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    private final PersonalDataCodec personalData;

    AuditTrail(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate transactions, ObjectMapper json,
               PersonalDataCodec personalData) {
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL streams rows through a cursor only inside a transaction with a fetch size.
        this.streaming.setFetchSize(500);
        this.transactions = transactions;
        this.json = json;
    }

    /** One aggregate's events in order, from {@code afterSequence} (exclusive), at most {@code size}. */
    AuditPage history(AggregateKind kind, String aggregateId, long afterSequence, int size) {
        List<AuditEntry> entries = jdbc.query(COLUMNS + " " + """
                         where aggregate_identifier = ? and type = ? and sequence_number > ?
                         order by sequence_number limit ?""", entryMapper(),
                aggregateId, kind.aggregateType(), afterSequence, size + 1);
        return page(entries, size, AuditEntry::sequenceNumber);
    }

    /** Events matching every given filter, in store order, after the cursor {@code afterIndex}. */
    AuditPage search(AuditQuery query) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = where(query, arguments);
        arguments.add(query.size() + 1);
        List<AuditEntry> entries = jdbc.query(COLUMNS + where + " order by global_index limit ?", entryMapper(),
                arguments.toArray());
        return page(entries, query.size(), AuditEntry::globalIndex);
    }

    /** Every event in [from, to) as one JSON object per line, through a cursor: memory does not grow with the count. */
    void export(Instant from, Instant to, OutputStream out) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = where(new AuditQuery(null, null, null, null, null, from, to, -1, 0), arguments);
        transactions.executeWithoutResult(status -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                streaming.query(COLUMNS + where + " order by global_index", row -> {
                    try {
                        writeLine(generator, row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, arguments.toArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private StringBuilder where(AuditQuery query, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" where global_index > ?");
        arguments.add(query.afterIndex());
        if (query.kind() != null) {
            where.append(" and type = ?");
            arguments.add(query.kind().aggregateType());
        }
        if (query.aggregateId() != null) {
            where.append(" and aggregate_identifier = ?");
            arguments.add(query.aggregateId());
        }
        if (query.eventType() != null) {
            where.append(" and regexp_replace(payload_type, '^.*\\.', '') = ?");
            arguments.add(query.eventType());
        }
        if (query.userId() != null) {
            where.append(" and convert_from(meta_data, 'UTF8')::jsonb ->> 'user' = ?");
            arguments.add(query.userId());
        }
        if (query.traceId() != null) {
            where.append(" and convert_from(meta_data, 'UTF8')::jsonb ->> 'traceId' = ?");
            arguments.add(query.traceId());
        }
        // Axon writes Instant.toString(): as text it sorts right to within a second, so the indexed
        // text range (widened by a second) narrows and the exact comparison decides.
        if (query.from() != null) {
            where.append(" and time_stamp >= ? and time_stamp::timestamptz >= ?");
            arguments.add(query.from().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString());
            arguments.add(java.sql.Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and time_stamp < ? and time_stamp::timestamptz < ?");
            arguments.add(query.to().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2).toString());
            arguments.add(java.sql.Timestamp.from(query.to()));
        }
        return where;
    }

    private RowMapper<AuditEntry> entryMapper() {
        return (row, i) -> {
            JsonNode metadata = tree(row.getString("meta_data"));
            return new AuditEntry(row.getLong("global_index"), row.getString("type"),
                    row.getString("aggregate_identifier"), row.getLong("sequence_number"),
                    simpleName(row.getString("payload_type")), Instant.parse(row.getString("time_stamp")),
                    text(metadata, "causedBy"), text(metadata, "correlationId"), text(metadata, "traceId"),
                    text(metadata, "user"), text(metadata, "username"), text(metadata, "role"),
                    text(metadata, "address"), text(metadata, "requestId"), personalData.reveal(tree(row.getString("payload"))));
        };
    }

    private void writeLine(JsonGenerator out, ResultSet row) throws IOException, SQLException {
        out.writeStartObject();
        out.writeNumberField("globalIndex", row.getLong("global_index"));
        out.writeStringField("aggregateType", row.getString("type"));
        out.writeStringField("aggregateId", row.getString("aggregate_identifier"));
        out.writeNumberField("sequenceNumber", row.getLong("sequence_number"));
        out.writeStringField("eventType", simpleName(row.getString("payload_type")));
        out.writeStringField("timestamp", row.getString("time_stamp"));
        String metadata = row.getString("meta_data");
        out.writeFieldName("metadata");
        out.writeRawValue(metadata == null ? "{}" : metadata);
        out.writeFieldName("payload");
        // Personal values are stored sealed: shown as they are, or "[erased]" once their subject is erased.
        String payload = row.getString("payload");
        if (payload.contains("\"$personal\"")) {
            out.writeTree(personalData.reveal(tree(payload)));
        } else {
            out.writeRawValue(payload);
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static AuditPage page(List<AuditEntry> entries, int size, java.util.function.ToLongFunction<AuditEntry> cursor) {
        boolean more = entries.size() > size;
        List<AuditEntry> shown = more ? entries.subList(0, size) : entries;
        Long next = more ? cursor.applyAsLong(shown.get(shown.size() - 1)) : null;
        return new AuditPage(List.copyOf(shown), next);
    }
}
