package com.jetops.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Lets query-side tests run on their own: creates the event store tables (normally the command
 * side's migration) and appends events the way the command side would.
 */
@TestConfiguration
public class EventStoreFixture {

    /** Runs before the processors start: they read these tables from their first poll. */
    /** Marks that the event store schema exists (not a Flyway bean, which would replace Boot's own). */
    public record EventStoreSchema() {
    }

    @Bean
    EventStoreSchema eventStoreSchema(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("public")
                .locations("classpath:db/eventstore")
                // The command side's own migrations may already be applied in this database.
                .validateOnMigrate(false)
                .load();
        flyway.migrate();
        return new EventStoreSchema();
    }

    @Bean
    Appender appender(EventStore eventStore, PlatformTransactionManager transactions) {
        return new Appender(eventStore, new TransactionTemplate(transactions));
    }

    public record Appender(EventStore eventStore, TransactionTemplate transaction) {
        public void append(String aggregateType, String aggregateId, long sequenceNumber, Object event) {
            append(aggregateType, aggregateId, sequenceNumber, event, java.util.Map.of());
        }

        /** With metadata, as the command side's correlation data providers attach it. */
        public void append(String aggregateType, String aggregateId, long sequenceNumber, Object event,
                           java.util.Map<String, ?> metadata) {
            transaction.executeWithoutResult(status -> eventStore.publish(
                    new GenericDomainEventMessage<>(aggregateType, aggregateId, sequenceNumber, event, metadata)));
        }
    }
}
