package com.jetops.query.infra;

import com.jetops.api.reference.Airports;
import com.jetops.platform.eventstore.PromptEventSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AxonQueryConfiguration {

    @Bean
    Airports airports() {
        return Airports.bundled();
    }

    /**
     * Every projection runs in a pooled streaming processor of its own. A handler that fails is
     * never logged and skipped (Axon's default, which leaves a read model behind for good): its
     * event is parked in the projection's dead-letter queue, or, when a backing service is out of
     * reach, the segment stops and retries (see ParkPoisonEvents). Few segments suit two cores:
     * every segment stores its own token per batch.
     */
    @Bean
    ConfigurerModule projectionProcessing(ProjectionProperties properties, MeterRegistry meters) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .messageSource(promptly(configuration.eventStore()))
                        .initialSegmentCount(properties.segments())
                        .batchSize(properties.batchSize()))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, processorName) -> new ProjectionLag(meters, processorName)));
    }

    /**
     * A dead-letter queue in PostgreSQL for every projection. Registered after Axon's Spring Boot
     * module, whose provider (queues only for processors listed in properties) would replace it.
     */
    @Bean
    ConfigurerModule deadLetterQueues() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing(processing -> processing
                        .registerDeadLetterQueueProvider(processingGroup -> configuration ->
                                JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(processingGroup)
                                        .entityManagerProvider(configuration.getComponent(EntityManagerProvider.class))
                                        .transactionManager(configuration.getComponent(TransactionManager.class))
                                        .eventSerializer(configuration.eventSerializer())
                                        .genericSerializer(configuration.serializer())
                                        .build())
                        .registerDefaultDeadLetterPolicy(c -> new ParkPoisonEvents()));
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    /** In the embedded mode, wake processors as soon as events are stored (see PromptEventSource). */
    private static StreamableMessageSource<TrackedEventMessage<?>> promptly(EventStore eventStore) {
        return eventStore instanceof EmbeddedEventStore ? new PromptEventSource(eventStore) : eventStore;
    }
}
