package com.jetops.query.infra;

import com.jetops.api.reference.Airports;
import org.axonframework.config.ConfigurerModule;
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
     * would silently leave a read model behind for good).
     */
    @Bean
    ConfigurerModule projectionProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
