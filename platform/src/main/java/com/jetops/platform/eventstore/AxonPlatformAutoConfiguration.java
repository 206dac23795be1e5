package com.jetops.platform.eventstore;

import com.jetops.platform.privacy.PersonalDataCodec;
import com.jetops.platform.privacy.PersonalDataSerializer;
import com.jetops.platform.privacy.SubjectKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon settings both apps share: Jackson for every serialized thing (events, snapshots,
 * messages, tokens, sagas) and, in the embedded mode, the JPA event store on PostgreSQL with a
 * gap timeout sized for slow commits.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JpaEventStoreAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonPlatformAutoConfiguration {

    @Bean
    @Primary
    public Serializer serializer() {
        return AxonSerializers.jackson();
    }

    /** Per-subject keys of personal data, outside the event store (crypto-shredding). */
    @Bean
    public SubjectKeys subjectKeys(ObjectProvider<JdbcTemplate> jdbc) {
        return new SubjectKeys(jdbc::getObject);
    }

    @Bean
    public PersonalDataCodec personalDataCodec(SubjectKeys subjectKeys) {
        return new PersonalDataCodec(subjectKeys, AxonSerializers.objectMapper());
    }

    /** Events: Jackson, with @PersonalData values sealed by their subject's key. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(PersonalDataCodec personalData) {
        return new PersonalDataSerializer(AxonSerializers.jackson(), personalData);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return AxonSerializers.jackson();
    }

    /** The embedded mode: events in PostgreSQL through Axon's JPA storage engine. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    @RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
    static class EmbeddedMode {
        private static final Duration READER_HORIZON = Duration.ofDays(1);

        @Bean
        public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                     PersistenceExceptionResolver persistenceExceptionResolver,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     Configuration configuration,
                                                     EntityManagerProvider entityManagerProvider,
                                                     TransactionManager transactionManager,
                                                     EventStoreProperties properties,
                                                     DataSource dataSource) {
            return new GapGuardedJpaEventStorageEngine.Builder(new GapGuard(dataSource, properties.gapTimeout()))
                    .snapshotSerializer(serializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .entityManagerProvider(entityManagerProvider)
                    .transactionManager(transactionManager)
                    // An event read this long after it was written opens no gaps below it: no
                    // transaction on the store lives that long (the database ends idle ones sooner).
                    .gapTimeout(Math.toIntExact(READER_HORIZON.toMillis()))
                    .batchSize(properties.batchSize())
                    .build();
        }

        /**
         * The event store as Axon configures it, but polling PostgreSQL for new events every
         * {@code poll-interval} instead of once a second: the command side appends from another
         * JVM, so the query side learns of new events only by polling.
         */
        @Bean
        public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                             EventStoreProperties properties) {
            return EmbeddedEventStore.builder()
                    .storageEngine(storageEngine)
                    .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                    .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                    .fetchDelay(properties.pollInterval().toMillis())
                    .build();
        }
    }
}
