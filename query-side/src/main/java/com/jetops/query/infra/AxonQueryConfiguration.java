package com.jetops.query.infra;

import com.jetops.api.reference.Airports;
import com.jetops.platform.eventstore.PromptEventSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AxonQueryConfiguration {

    @Bean
    Airports airports() {
        return Airports.bundled();
    }

    /**
     * Every projection runs in a pooled streaming processor of its own, and a failing handler
     * stops and retries its segment instead of logging and skipping the event (Axon's default
     * would silently leave a read model behind for good). Few segments suit two cores: every
     * segment stores its own token per batch.
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

    /** In the embedded mode, wake processors as soon as events are stored (see PromptEventSource). */
    private static StreamableMessageSource<TrackedEventMessage<?>> promptly(EventStore eventStore) {
        return eventStore instanceof EmbeddedEventStore ? new PromptEventSource(eventStore) : eventStore;
    }
}
