package com.jetops.command;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the two relational failure modes of an Axon event store on PostgreSQL: serialized
 * columns mapped as large objects ({@code oid}, whose data lives outside the row and outlives a
 * deleted event), and a global index allocated in blocks (a pooled sequence leaves gaps that
 * streaming processors wait out or, past the gap timeout, skip).
 */
@SpringBootTest
@ActiveProfiles("test")
class EventStoreSchemaIT {
    private static final List<String> AXON_TABLES = List.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noAxonColumnIsALargeObject() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name = any (?)""",
                (Object) AXON_TABLES.toArray(String[]::new));
        assertThat(columns).extracting(column -> column.get("table_name")).contains("domain_event_entry",
                "snapshot_event_entry", "token_entry");
        assertThat(columns).filteredOn(column -> "oid".equals(column.get("data_type"))).isEmpty();
        assertThat(columns).filteredOn(column -> List.of("payload", "meta_data", "token").contains(column.get("column_name")))
                .allSatisfy(column -> assertThat(column.get("data_type")).isEqualTo("bytea"));
    }

    @Test
    void theGlobalIndexSequenceHandsOutOneNumberAtATime() {
        Map<String, Object> sequence = jdbc.queryForMap("""
                select increment_by, cache_size from pg_sequences
                where schemaname = current_schema() and sequencename = 'domain_event_entry_seq'""");
        assertThat(((Number) sequence.get("increment_by")).longValue()).isEqualTo(1);
        assertThat(((Number) sequence.get("cache_size")).longValue()).isEqualTo(1);
    }
}
